/**
 * The two small endpoints the admin polls while a view is open: where a document stands on the
 * site (GET /api/publish-status/<collection>/<id>) and the Sitebouw summary
 * (GET /api/site-build-status). Staff only.
 */
import type { Endpoint, PayloadRequest } from 'payload';
import { COLLECTIONS, type Collection } from '../../contract/vocabulary.ts';
import { isStaff } from '../access/roles.ts';
import type { Env } from '../paths.ts';
import { documentStatus } from './document-status.ts';
import { siteBuildSummary } from './site-build-summary.ts';

const forbidden = () => Response.json({ message: 'Alleen voor redacteuren en beheerders.' }, { status: 403 });
const notFound = () => Response.json({ message: 'Dit document bestaat niet.' }, { status: 404 });
const fresh = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'no-store' } });

export function statusEndpoints(env: Env): Endpoint[] {
  return [
    {
      path: '/publish-status/:collection/:id',
      method: 'get',
      handler: async (req: PayloadRequest) => {
        if (!isStaff(req.user)) return forbidden();
        const { collection, id } = req.routeParams as { collection: string; id: string };
        if (!(COLLECTIONS as readonly string[]).includes(collection)) return notFound();
        try {
          return fresh(await documentStatus(req.payload, collection as Collection, id, env));
        } catch (error) {
          if ((error as { status?: number }).status === 404) return notFound();
          throw error;
        }
      },
    },
    {
      path: '/site-build-status',
      method: 'get',
      handler: async (req: PayloadRequest) => (isStaff(req.user) ? fresh(await siteBuildSummary(req.payload)) : forbidden()),
    },
  ];
}
