/**
 * The one error type routes throw; `on-error.ts` turns it into the error envelope.
 * @module
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { toIssues, type ErrorCode, type Issue } from '../../../survey/api.js';

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface SafeParse<T> {
  success: boolean;
  data?: T;
  error?: { issues: readonly { path: readonly PropertyKey[]; message: string; code?: string }[] };
}

/**
 * Unwraps a zod `safeParse` result or throws a 400 listing every issue, paths prefixed by where
 * the value came from (`body`, `query`, `params`).
 * @example const id = parsed(TerritoryIdSchema.safeParse(c.req.param('id')), 'invalid_territory_id', ['params', 'id']);
 */
export function parsed<T>(result: SafeParse<T>, code: ErrorCode, where: (string | number)[], message = 'The request does not match the expected format.'): T {
  if (result.success) return result.data as T;
  throw new ApiError(400, code, message, toIssues(result.error?.issues ?? [], where));
}
