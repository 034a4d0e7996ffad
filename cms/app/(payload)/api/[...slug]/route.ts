/* Payload's REST API under /api, as in Payload's blank template; each client's requests take their turn (cms/security/per-client-gate.ts). */
import config from '@payload-config';
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes';
import { perClient } from '../../../../security/per-client-gate.ts';

export const GET = perClient(REST_GET(config));
export const POST = perClient(REST_POST(config));
export const DELETE = perClient(REST_DELETE(config));
export const PATCH = perClient(REST_PATCH(config));
export const PUT = perClient(REST_PUT(config));
export const OPTIONS = REST_OPTIONS(config);
