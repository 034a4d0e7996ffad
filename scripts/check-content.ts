/**
 * npm run check:content [-- <content folder>]
 * Validates content/ against the contract without building; exits 1 on any violation.
 */
import path from 'node:path';
import { checkContent, formatViolation } from '../contract/index.ts';
import { contentDir } from '../contract/location.ts';
import { runCommand } from './lib/run-command.ts';

await runCommand('check:content', () => {
  const dir = process.argv[2] ? path.resolve(process.argv[2]) : contentDir();
  const { documents, violations, warnings } = checkContent(dir);

  for (const warning of warnings) console.warn(`warning: ${formatViolation(warning)}`);
  if (violations.length > 0) {
    for (const violation of violations) console.error(formatViolation(violation));
    console.error(`\n${violations.length} violation${violations.length === 1 ? '' : 's'} of the content contract in ${path.relative(process.cwd(), dir) || '.'}`);
    return 1;
  }
  console.log(`content/ is valid: ${documents.length} documents${warnings.length ? `, ${warnings.length} warnings` : ''}`);
});
