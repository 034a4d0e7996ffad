/**
 * Bounds on what a REST read may cost, for visitors and editors (admins are trusted): how deep
 * relationships are populated, how many documents a page holds, how complex the filter is and
 * how large the answer gets. A read past a bound is refused with a Dutch 400 before it runs
 * (the answer's size after), never served: one anonymous `?pagination=false&depth=10` once made
 * a 176 MB answer and held every other request for seconds.
 */
import type { CollectionAfterOperationHook, CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload';
import { isAdmin } from '../access/roles.ts';
import { QueryTooExpensive } from './query-too-expensive.ts';

export const API_LIMITS = {
  /** Relationship levels populated in one answer (Payload's default depth is 2). */
  maxDepth: 2,
  /** Documents per page; the admin offers at most 100 too. */
  maxLimit: 100,
  /** Conditions in `where`, nested `and`/`or` counted. */
  maxWhereConditions: 20,
  /** Bytes of JSON in one answer. */
  maxResponseBytes: 2 * 1024 * 1024,
} as const;

/** Operations that read, as Payload names them in beforeOperation (find and findByID are both 'read'). */
const READS = new Set<string>(['read', 'readDistinct', 'findVersions', 'findVersionByID']);
/** The same operations as afterOperation names them. */
const READ_RESULTS = new Set<string>(['find', 'findByID', 'findDistinct', 'findVersions', 'findVersionByID']);

interface ReadArgs {
  req?: PayloadRequest;
  overrideAccess?: boolean;
  /** Set when Payload populates a relationship inside another read: the outer read was checked. */
  currentDepth?: number;
  depth?: number | string;
  limit?: number | string;
  pagination?: boolean | string;
  where?: Where;
}

/**
 * A REST read by a visitor or editor, at its top level: the reads these limits bound. A write
 * (POST, PATCH, DELETE) shares its request with the reads Payload makes for it (a relationship's
 * validation finds its targets with limit=0), which are Payload's and not the client's.
 */
function bounded(args: ReadArgs): boolean {
  const req = args.req;
  if (req?.payloadAPI !== 'REST' || args.overrideAccess || args.currentDepth || isAdmin(req.user)) return false;
  const method = (req.headers?.get('x-payload-http-method-override') ?? req.method ?? 'GET').toUpperCase();
  return method === 'GET';
}

export const refuseExpensiveReads: CollectionBeforeOperationHook = ({ args, operation }) => {
  const read: ReadArgs = args;
  if (!READS.has(operation) || !bounded(read)) return args;
  const depth = Number(read.depth ?? 0);
  if (depth > API_LIMITS.maxDepth) {
    throw new QueryTooExpensive(`depth=${String(read.depth)} is te diep: hoogstens ${API_LIMITS.maxDepth} niveaus relaties worden meegeleverd. Vraag depth=${API_LIMITS.maxDepth} of minder.`);
  }
  const everything = read.pagination === false || read.pagination === 'false' || (read.limit !== undefined && Number(read.limit) === 0);
  if (everything) {
    throw new QueryTooExpensive(`Alle documenten in één keer (pagination=false of limit=0) is alleen voor beheerders. Vraag ze per pagina op: limit=${API_LIMITS.maxLimit} of minder, met page=1, 2, …`);
  }
  if (Number(read.limit) > API_LIMITS.maxLimit) {
    throw new QueryTooExpensive(`limit=${String(read.limit)} is te veel per pagina: hoogstens ${API_LIMITS.maxLimit}. Vraag de volgende documenten op met page=2, 3, …`);
  }
  const conditions = countConditions(read.where);
  if (conditions > API_LIMITS.maxWhereConditions) {
    throw new QueryTooExpensive(`Het filter (where) heeft ${conditions} voorwaarden: hoogstens ${API_LIMITS.maxWhereConditions}. Verdeel de vraag over meer verzoeken.`);
  }
  return args;
};

export const refuseLargeAnswers: CollectionAfterOperationHook = ({ args, operation, result }) => {
  if (!READ_RESULTS.has(operation) || !bounded(args)) return result;
  const bytes = Buffer.byteLength(JSON.stringify(result) ?? '');
  if (bytes > API_LIMITS.maxResponseBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 });
    throw new QueryTooExpensive(`Het antwoord zou ${mb(bytes)} MB zijn: hoogstens ${mb(API_LIMITS.maxResponseBytes)} MB. Vraag minder documenten per pagina (limit) of minder diep (depth).`);
  }
  return result;
};

/** The leaf conditions of a where clause; `and`/`or` lists are walked, however deep. */
export function countConditions(where: unknown): number {
  if (!where || typeof where !== 'object') return 0;
  let count = 0;
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) count += value.reduce((sum: number, part) => sum + countConditions(part), 0);
    else count += value && typeof value === 'object' ? Math.max(1, Object.keys(value).length) : 1;
  }
  return count;
}
