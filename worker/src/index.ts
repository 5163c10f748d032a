/**
 * The Worker: the v1 API under `/v1`, one `onError` for every failure. Static assets (the widget,
 * the demo pages) are served by the assets binding before this code runs.
 * @module
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import type { AppEnv } from './env.js';
import { notFound, onError } from './http/on-error.js';
import { responses } from './routes/responses.js';
import { territories } from './routes/territories.js';

const app = new Hono<AppEnv>();

// The widget runs on the towns' own sites: reads and writes are cross-origin by design.
app.use('/v1/*', cors({ origin: '*', allowMethods: ['GET', 'POST', 'OPTIONS'], allowHeaders: ['Content-Type'], maxAge: 86400 }));

app.get('/v1/health', (c) => c.json({ data: { status: 'ok' } }));
app.route('/v1/responses', responses);
app.route('/v1/territories', territories);

app.notFound(notFound);
app.onError(onError);

export default app;
export { TerritoryLedger } from './ledger/territory-ledger.js';
