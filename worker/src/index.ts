/**
 * The Worker: the v1 API under `/v1`, one `onError` for every failure. Static assets (the widget,
 * the demo pages) are served by the assets binding before this code runs.
 * @module
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { purgeAuthFailures } from './db/auth-failures.js';
import { purgeClaims } from './db/registrations.js';
import type { AppEnv, Env } from './env.js';
import { allowedMethods } from './http/allowed-methods.js';
import { notFound, onError } from './http/on-error.js';
import { securityHeaders } from './http/security-headers.js';
import { KIOSK_KEY_HEADER } from '../../survey/kiosk.js';
import { hostedSurvey } from './pages/hosted-survey.js';
import { legalPages } from './pages/legal-pages.js';
import { shareImage } from './pages/share-image.js';
import { shortAddress } from './pages/short-address.js';
import { dashboardPage } from './pages/dashboard-page.js';
import { ensureReference } from './reference.js';
import { openApiDocument } from './openapi.js';
import { auditors } from './routes/auditors.js';
import { audits } from './routes/audits.js';
import { benchmarks } from './routes/benchmarks.js';
import { campaigns } from './routes/campaigns.js';
import { comments } from './routes/comments.js';
import { members } from './routes/members.js';
import { services } from './routes/services.js';
import { openData } from './routes/open-data.js';
import { rawAnswers } from './routes/raw-answers.js';
import { themes } from './routes/themes.js';
import { dev } from './routes/dev.js';
import { kiosks } from './routes/kiosks.js';
import { logos } from './routes/logo.js';
import { teamKiosks } from './routes/team-kiosks.js';
import { map } from './routes/map.js';
import { ownRegistrationRoutes } from './routes/own-registration.js';
import { rankings } from './routes/rankings.js';
import { rankingsAccueil } from './routes/rankings-accueil.js';
import { trophy } from './routes/trophy.js';
import { registrations } from './routes/registrations.js';
import { responses } from './routes/responses.js';
import { territories } from './routes/territories.js';
import { territoryAudits } from './routes/territory-audits.js';

export const app = new Hono<AppEnv>();

// First, so every reply gets them: routes, preflights, errors and 404/405 alike.
app.use('*', securityHeaders);

// The widget runs on the towns' own sites: every read is open to any origin, and so is the
// preflight of a write; which origins may write for a registered territory is checked per answer.
app.use(
  '/v1/*',
  cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Authorization', KIOSK_KEY_HEADER],
    exposeHeaders: ['Retry-After'],
    maxAge: 86400,
  }),
);

// Every route may name a territory: the reference data is in place before any of them runs.
app.use('*', async (c, next) => {
  await ensureReference(c.env);
  await next();
});

app.get('/v1/health', (c) => c.json({ data: { status: 'ok' } }));
app.get('/v1/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)));
app.route('/v1/responses', responses);
app.route('/v1/territories', territories);
// A territory's own routes, behind its admin token, each in a file of its own.
app.route('/v1/territories', comments);
app.route('/v1/territories', rawAnswers);
app.route('/v1/territories', members);
app.route('/v1/territories', services);
app.route('/v1/territories', themes);
app.route('/v1/territories', ownRegistrationRoutes);
app.route('/v1/territories', kiosks);
app.route('/v1/territories', logos);
app.route('/v1/territories', territoryAudits);
app.route('/v1/registrations', registrations);
app.route('/v1/kiosks', teamKiosks);
// Mystery audits (issue 20): the team's auditors and campaigns, and the auditors' own app.
app.route('/v1/auditors', auditors);
app.route('/v1/campaigns', campaigns);
app.route('/v1/audits', audits);
app.route('/v1/benchmarks', benchmarks);
app.route('/v1/rankings', rankings);
app.route('/v1/rankings', rankingsAccueil);
app.route('/v1/trophy', trophy);
app.route('/v1/map', map);
app.route('/v1/open-data', openData);
app.route('/v1/dev', dev);
app.route('/s', hostedSurvey);
// Short addresses to type from a poster (`/b/besancon/a4`), redirected to the hosted survey.
app.route('/b', shortAddress);
// Each territory's link preview, the hosted page's og:image (pages/share-image.ts).
app.route('/partage', shareImage);
app.route('/', legalPages);
// The dashboard is one static page for every territory; it reads the territory from its path, and
// the Worker writes the territory's name into its heading (pages/dashboard-page.ts).
app.get('/tableau-de-bord/:territory', dashboardPage);

app.notFound(notFound(allowedMethods(() => app.routes)));
app.onError(onError);

/** The daily cron (wrangler.toml `[triggers]`): personal data past its retention goes. */
async function scheduled(_controller: ScheduledController, env: Env): Promise<void> {
  await purgeClaims(env, Date.now());
  await purgeAuthFailures(env, Date.now());
}

export default { fetch: app.fetch, scheduled } satisfies ExportedHandler<Env>;
export { TerritoryLedger } from './ledger/territory-ledger.js';
