/**
 * The `Authorization: Bearer <token>` header of the admin and operator routes.
 * @module
 */
import type { Context } from 'hono';
import { ApiError } from './api-error.js';

/** The bearer token, or a 401 that says which token the route wants. */
export function bearerToken(c: Context, wanted: string): string {
  const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token) {
    c.header('WWW-Authenticate', 'Bearer realm="barometre"');
    throw new ApiError(401, 'unauthorized', `Send ${wanted}: Authorization: Bearer <token>.`);
  }
  return token;
}
