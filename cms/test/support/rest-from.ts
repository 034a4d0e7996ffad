/**
 * Test support: Payload's REST API called in-process as from a client at an address, the way
 * Next.js hands requests to Payload (X-Forwarded-For set to the client's address), for the
 * per-client limits.
 */
import { handleEndpoints } from 'payload';
import type { TestCms } from './payload.ts';

export type RestFrom = (method: string, route: string, options?: { token?: string; body?: unknown }) => Promise<Response>;

export function restFrom(cms: TestCms, address: string): RestFrom {
  return (method, route, options = {}) => {
    const headers = new Headers({ 'X-Forwarded-For': address });
    if (options.token) headers.set('Authorization', `JWT ${options.token}`);
    if (options.body !== undefined) headers.set('Content-Type', 'application/json');
    const request = new Request(`http://localhost${route}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    return handleEndpoints({ config: cms.payload.config, request, path: route.split('?')[0], payloadInstanceCacheKey: cms.env.CMS_DATA_DIR });
  };
}

/** The messages of a Payload error answer. */
export async function errorMessages(res: Response): Promise<string[]> {
  const body = (await res.json()) as { errors?: { message: string; data?: { errors?: { message: string }[] } }[] };
  return (body.errors ?? []).flatMap((e) => (e.data?.errors?.length ? e.data.errors.map((d) => d.message) : [e.message]));
}
