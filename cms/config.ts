/**
 * Payload CMS for Schoolnabij: collections mirror the content contract (contract/), the
 * admin speaks Dutch, the database comes from DATABASE_URL (SQLite by default). The config is
 * built from the environment, so tests can build one per database.
 */
import path from 'node:path';
import { nl } from '@payloadcms/translations/languages/nl';
import { buildConfig, type SanitizedConfig } from 'payload';
import sharp from 'sharp';
import { bodyEditor } from './fields/body.ts';
import { ADMIN_DATE_FORMAT } from './i18n/date-formats.ts';
import { nlTranslations } from './i18n/nl.ts';
import { adminTimezones } from './i18n/time-zones.ts';
import { ConferenceReports } from './collections/conference-reports.ts';
import { Events } from './collections/events.ts';
import { feedbackCollection } from './collections/feedback.ts';
import { Navigation } from './globals/navigation.ts';
import { ExpertPieces } from './collections/expert-pieces.ts';
import { mediaCollection } from './collections/media.ts';
import { Pages } from './collections/pages.ts';
import { People } from './collections/people.ts';
import { PracticeExamples } from './collections/practice-examples.ts';
import { Regions } from './collections/regions.ts';
import { Themes } from './collections/themes.ts';
import { Users } from './collections/users.ts';
import { adminComponents, adminMeta } from './components/admin-branding.ts';
import { chooseDatabase, databaseAdapter } from './database.ts';
import { emailAdapter } from './email/email-adapter.ts';
import { createAdminFromEnv, importIntoEmptyDatabase } from './init.ts';
import { mediaFollowsDocuments } from './access/media-follows-documents.ts';
import { boundedApi } from './security/bounded-api.ts';
import { LOGGING_LEVELS } from './security/logging-levels.ts';
import { claimingRunner, recoverInterruptedJobs, withRunnerField } from './publish/job-runner.ts';
import { previewSettings } from './preview/preview-settings.ts';
import { rebuildTask } from './publish/rebuild-task.ts';
import { SiteBuilds } from './publish/site-builds.ts';
import { SiteStatus } from './publish/site-status.ts';
import { statusEndpoints } from './publish/status-endpoints.ts';
import { removeUntouchedDraftsTask } from './hooks/untouched-drafts.ts';
import { cmsDir, dataDir, type Env } from './paths.ts';
import { payloadSecret } from './secret.ts';
import { withSecureCookies } from './security/auth-cookies.ts';
import { trustedOrigins } from './security/origins.ts';

export async function buildCmsConfig(env: Env = process.env): Promise<SanitizedConfig> {
  return buildConfig({
    serverURL: env.CMS_SERVER_URL ?? '',
    // Only the CMS's and the site's origins may use an editor's login cookie or read the API.
    csrf: trustedOrigins(env),
    cors: trustedOrigins(env),
    admin: {
      user: Users.slug,
      importMap: { baseDir: cmsDir, importMapFile: path.join(cmsDir, 'app', '(payload)', 'admin', 'importMap.js') },
      meta: adminMeta,
      // Schoolnabij's admin (cms/components/admin-branding.ts); without mail no "Wachtwoord vergeten?", and a note instead (cms/email/).
      components: { ...adminComponents, afterLogin: ['/email/admin/LoginMailNote.tsx#LoginMailNote'] },
      // "1 december 2026 14:05" in lists, versions and the planned publications (date-fns, Dutch locale).
      dateFormat: ADMIN_DATE_FORMAT,
      // Scheduling in Amsterdam time, whatever the editor's computer says (CMS_TIMEZONES may add zones).
      timezones: adminTimezones(env),
      // No Gravatar: editors' e-mail hashes stay on our server.
      avatar: 'default',
    },
    i18n: {
      supportedLanguages: { nl },
      fallbackLanguage: 'nl',
      // Correct Dutch in the "u" form over Payload's and Lexical's own (cms/i18n/).
      translations: { nl: nlTranslations },
    },
    collections: [PracticeExamples, ExpertPieces, ConferenceReports, Events, Pages, Themes, Regions, People, mediaCollection(path.join(dataDir(env), 'media')), withSecureCookies(Users, env), SiteBuilds, feedbackCollection(env)],
    endpoints: statusEndpoints(env),
    editor: bodyEditor,
    db: await databaseAdapter(chooseDatabase(env), env),
    email: emailAdapter(env),
    secret: payloadSecret(env),
    sharp,
    telemetry: false,
    custom: { preview: previewSettings(env) },
    ...(env.CMS_LOG_LEVEL ? { logger: { options: { level: env.CMS_LOG_LEVEL } } } : {}),
    graphQL: { disable: true },
    // Bounded REST reads (depth, page size, answer size) and media that follow their documents.
    plugins: [boundedApi, mediaFollowsDocuments],
    loggingLevels: LOGGING_LEVELS,
    typescript: { outputFile: path.join(cmsDir, 'payload-types.ts'), autoGenerate: false },
    globals: [Navigation, SiteStatus],
    jobs: {
      tasks: [claimingRunner(rebuildTask(env)), claimingRunner(removeUntouchedDraftsTask)],
      jobsCollectionOverrides: withRunnerField,
      // One site rebuild at a time; a newer one replaces those still waiting.
      enableConcurrencyControl: true,
      // Runs scheduled publications and site rebuilds: every five seconds, in the server process.
      // It starts with the server (cms/instrumentation.ts), not at its first request.
      autoRun: runsJobs(env) ? [{ cron: '*/5 * * * * *', queue: 'default', limit: 20 }] : undefined,
      shouldAutoRun: () => runsJobs(env),
    },
    onInit: async (payload) => {
      // The process that runs jobs first fails those a killed predecessor left running.
      if (runsJobs(env)) await recoverInterruptedJobs(payload);
      await createAdminFromEnv(payload, env);
      await importIntoEmptyDatabase(payload, env);
    },
  });
}

/** Whether this process runs the jobs: the CMS server does; command line runs and tests set CMS_JOBS_AUTORUN=0. */
function runsJobs(env: Env): boolean {
  return env.CMS_JOBS_AUTORUN !== '0' && process.env.NEXT_PHASE !== 'phase-production-build';
}
