/**
 * Headers every reply of the Worker carries. Static files never come here (the assets binding
 * answers them first): their headers are in demo/public/_headers.
 *
 * - All: `nosniff`, and a referrer policy that gives other sites our origin only. A route that
 *   chose a stricter one keeps it (the hosted survey sends `no-referrer`).
 * - JSON and CSV (the API): nothing in them may run or be framed, so a reply opened as a page is
 *   inert (`default-src 'none'`) and cannot be overlaid for clickjacking (`frame-ancestors 'none'`,
 *   and X-Frame-Options for old browsers).
 * - HTML the Worker renders keeps its own policy: the hosted survey `/s/:territory` may be framed
 *   by any town's site, so it gets no framing rule.
 * @module
 */
import type { MiddlewareHandler } from 'hono';

export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

const DATA_TYPES = /^(application\/([\w.+-]*\+)?json|text\/csv)\b/i;

export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  // A reply fetched from elsewhere (the assets binding) has immutable headers: copy it first.
  let response = c.res;
  try {
    response.headers.set('X-Content-Type-Options', 'nosniff');
  } catch {
    response = new Response(response.body, response);
    response.headers.set('X-Content-Type-Options', 'nosniff');
  }
  if (!response.headers.has('Referrer-Policy')) response.headers.set('Referrer-Policy', 'strict-origin-when-cross-origin');
  if (DATA_TYPES.test(response.headers.get('Content-Type') ?? '')) {
    response.headers.set('Content-Security-Policy', API_CSP);
    response.headers.set('X-Frame-Options', 'DENY');
  }
  if (response !== c.res) c.res = response;
};
