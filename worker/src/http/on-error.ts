/**
 * Turns every failure into `{ error: { code, message, issues? } }` with its status. Never sends a
 * stack trace: unexpected errors are logged and answered with a generic 500.
 * @module
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ErrorCode, ErrorEnvelope } from '../../../survey/api.js';
import type { AllowedMethods } from './allowed-methods.js';
import { ApiError } from './api-error.js';

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'already_registered',
  422: 'unknown_territory',
  429: 'rate_limited',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
};

export function onError(error: Error, c: Context): Response {
  if (error instanceof ApiError) {
    const body: ErrorEnvelope = {
      error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    };
    return c.json(body, error.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const code = CODE_BY_STATUS[error.status] ?? 'invalid_request';
    return c.json({ error: { code, message: error.message || code } } satisfies ErrorEnvelope, error.status);
  }
  console.error('unexpected error', c.req.method, c.req.path, error);
  return c.json({ error: { code: 'internal_error', message: 'An unexpected error occurred; the request was not applied.' } } satisfies ErrorEnvelope, 500);
}

/** The 404 message says nothing of the request: echoing its path would reflect whatever a link put there. */
export const NO_ROUTE_MESSAGE = 'No route matches this request.';

/**
 * The app's `notFound`: 405 with `Allow` when the path is a route's under another method, else 404.
 * @example app.notFound(notFound(allowedMethods(() => app.routes)));
 */
export function notFound(allowed: AllowedMethods): (c: Context) => Response {
  return (c) => {
    const methods = allowed(c.req.path);
    if (methods.length > 0) {
      c.header('Allow', methods.join(', '));
      return c.json({ error: { code: 'method_not_allowed', message: `This route accepts ${methods.join(', ')}.` } } satisfies ErrorEnvelope, 405);
    }
    return c.json({ error: { code: 'not_found', message: NO_ROUTE_MESSAGE } } satisfies ErrorEnvelope, 404);
  };
}
