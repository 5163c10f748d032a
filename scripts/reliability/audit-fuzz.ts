/**
 * The audit routes, fuzzed (issue 20): bodies, tokens, paths and queries of `POST /v1/audits`,
 * `GET /v1/audits/assignments`, `GET /v1/territories/{id}/audits` and the team's `/v1/auditors` and
 * `/v1/campaigns/{year}`. Each generated case carries the precise statuses it may get — never a
 * 5xx — and the valid audits among them must all be stored and tallied once.
 *
 * The server trusts X-Forwarded-For, so each kind of case comes from its own client: wrong tokens
 * (which get their client throttled, 429, after a few: http/auth-throttle.ts) from one address,
 * the auditor's and the team's right tokens from others, whose statuses stay precise.
 * @module
 */
import fc from 'fast-check';
import { AUDIT_CHANNELS, AUDIT_GRID_VERSION, type AuditChannel } from '../../survey/audit-grid.js';
import { AUDIT_NOTES_MAX_LENGTH, type AuditRequest, type CampaignReply } from '../../survey/audits.js';
import { LOCAL_OPERATOR_TOKEN } from '../../survey/registration.js';
import '../../survey/reference-data.js';
import { allTerritories } from '../../survey/territory-directory.js';
import { seedObservations } from '../seed/audits.js';
import { Random } from '../seed/random.js';
import { startLocalServer } from '../lib/local-server.js';
import { PROTOTYPE_NAMES } from './bad-input.js';
import { JSON_HEADERS, pool, send, type Tally } from './http-check.js';

/** Communes of Cantal: audited here only. */
export const FUZZ_AUDITED = allTerritories()
  .filter((territory) => territory.kind === 'commune' && territory.departement === '15')
  .slice(0, 6)
  .map((territory) => territory.id);
const NOT_ASSIGNED =
  allTerritories().find((territory) => territory.kind === 'commune' && territory.departement === '15' && !FUZZ_AUDITED.includes(territory.id))?.id ??
  'commune:15001';

const WRONG = '198.51.100.7';
const AUDITOR = '198.51.100.8';
const TEAM = '198.51.100.9';
const ANONYMOUS = '198.51.100.10';

interface AuditCase {
  kind: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  /** Who sends it: the auditor, the team, a wrong token, or nobody. */
  as: 'auditor' | 'team' | 'wrong' | 'none';
  wrongToken?: string;
  body?: string;
  statuses: number[];
  /** A valid audit, to be stored and tallied once. */
  valid?: AuditRequest;
}

const junk = fc.oneof(
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', ' ', '../..', '%00', "' OR 1=1 --", '<script>alert(1)</script>', '1e309', '-1', 'NaN', 'null', '[]', '{}', '💥', '2019', '2101', '20.26'),
);
const channel = fc.constantFrom(...AUDIT_CHANNELS);
const seedOf = fc.integer({ min: 1, max: 2 ** 31 - 1 });

/** A valid audit; its id is new on every call, so two cases never share one (another body under an id is a 409). */
function validAudit(seed: number, chosen: AuditChannel, territory: string): AuditRequest {
  const random = new Random(seed);
  return {
    id: crypto.randomUUID(),
    grid: AUDIT_GRID_VERSION,
    territory: territory as AuditRequest['territory'],
    service: 'mairie',
    channel: chosen,
    observedAt: new Date(Date.now() - random.int(1, 30) * 60_000).toISOString(),
    observations: seedObservations(chosen, random.next(), random),
    ...(random.next() < 0.3 ? { notes: 'Agent joint au 06 12 34 56 78.' } : {}),
  };
}

/** Ways to break a valid audit, each answered 400 (the body's shape or its grid). */
const breakages: [string, (audit: Record<string, unknown>, value: string) => unknown][] = [
  ['missing field', (audit, value) => Object.fromEntries(Object.entries(audit).filter((_, index) => index !== value.length % 7))],
  ['field of the wrong type', (audit, value) => ({ ...audit, [value || 'grid']: 12 })],
  ['unknown field', (audit, value) => ({ ...audit, [`x${value}`]: value })],
  ['id not a UUID', (audit, value) => ({ ...audit, id: value })],
  ['unknown grid', (audit, value) => ({ ...audit, grid: value || 'v2' })],
  ['unknown channel', (audit, value) => ({ ...audit, channel: `${value}x` })],
  ['unknown service', (audit, value) => ({ ...audit, service: `${value}x` })],
  ['bad observedAt', (audit, value) => ({ ...audit, observedAt: value || '2026-13-01' })],
  ['observed in the future', (audit) => ({ ...audit, observedAt: new Date(Date.now() + 3 * 3600_000).toISOString() })],
  ['item missing', (audit) => ({ ...audit, observations: Object.fromEntries(Object.entries(audit.observations as object).slice(1)) })],
  ['item not in the grid', (audit, value) => ({ ...audit, observations: { ...(audit.observations as object), [`${value}-item`]: 'oui' } })],
  [
    'fact answered with a number',
    (audit) => ({
      ...audit,
      observations: Object.fromEntries(
        Object.entries(audit.observations as object).map(([key, observation]) => [key, typeof observation === 'string' ? 3 : observation]),
      ),
    }),
  ],
  [
    // A grid without measures (site-internet) gets a negative number for its first item instead.
    'measure out of range',
    (audit) => ({
      ...audit,
      observations: Object.fromEntries(
        Object.entries(audit.observations as object).map(([key, observation], index, all) => [
          key,
          typeof observation === 'number' ? 1e9 : index === 0 && !all.some(([, other]) => typeof other === 'number') ? -1 : observation,
        ]),
      ),
    }),
  ],
  ['notes too long', (audit) => ({ ...audit, notes: 'x'.repeat(AUDIT_NOTES_MAX_LENGTH + 1) })],
  ['not an object', (_, value) => [value]],
];

export const auditCase: fc.Arbitrary<AuditCase> = fc.oneof(
  // The auditor's own routes.
  fc.tuple(seedOf, channel, fc.constantFrom(...FUZZ_AUDITED)).map(([seed, chosen, territory]): AuditCase => {
    const audit = validAudit(seed, chosen, territory);
    return {
      kind: 'POST /v1/audits valid',
      method: 'POST',
      path: '/v1/audits',
      as: 'auditor',
      body: JSON.stringify(audit),
      statuses: [200, 201],
      valid: audit,
    };
  }),
  fc.tuple(seedOf, channel, fc.nat({ max: breakages.length - 1 }), junk).map(([seed, chosen, which, value]): AuditCase => {
    const [name, breakage] = breakages[which] as (typeof breakages)[number];
    const audit = validAudit(seed, chosen, FUZZ_AUDITED[0] ?? '');
    return {
      kind: `POST /v1/audits ${name}`,
      method: 'POST',
      path: '/v1/audits',
      as: 'auditor',
      body: JSON.stringify(breakage(audit as never, value)),
      statuses: [400],
    };
  }),
  fc
    .oneof(fc.string({ maxLength: 40 }), fc.constantFrom('{', '{"id":', '\u0000', 'null', '[]'))
    .map((body): AuditCase => ({ kind: 'POST /v1/audits broken JSON', method: 'POST', path: '/v1/audits', as: 'auditor', body, statuses: [400] })),
  fc.tuple(seedOf, channel).map(([seed, chosen]): AuditCase => ({
    kind: 'POST /v1/audits not assigned',
    method: 'POST',
    path: '/v1/audits',
    as: 'auditor',
    body: JSON.stringify(validAudit(seed, chosen, NOT_ASSIGNED)),
    statuses: [403],
  })),
  fc.tuple(seedOf, fc.constantFrom('commune:99999', 'commune:00001')).map(([seed, territory]): AuditCase => ({
    kind: 'POST /v1/audits unknown territory',
    method: 'POST',
    path: '/v1/audits',
    as: 'auditor',
    body: JSON.stringify(validAudit(seed, 'telephone', territory)),
    statuses: [404],
  })),
  fc.tuple(seedOf, fc.oneof(fc.constant(''), junk, fc.string({ minLength: 20, maxLength: 60 }))).map(([seed, token]): AuditCase => {
    const body = JSON.stringify(validAudit(seed, 'telephone', FUZZ_AUDITED[0] ?? ''));
    const wrongToken = token.replace(/[^\x21-\x7e]/g, '');
    return wrongToken
      ? { kind: 'POST /v1/audits wrong token', method: 'POST', path: '/v1/audits', as: 'wrong', wrongToken, body, statuses: [403, 429] }
      : { kind: 'POST /v1/audits no token', method: 'POST', path: '/v1/audits', as: 'none', body, statuses: [401] };
  }),
  fc.option(fc.oneof(junk, fc.constantFrom('2026', '2025', '2019', '2101')), { nil: undefined }).map((year): AuditCase => {
    const path = `/v1/audits/assignments${year === undefined ? '' : `?year=${encodeURIComponent(year)}`}`;
    return {
      kind: 'GET /v1/audits/assignments',
      method: 'GET',
      path,
      as: 'auditor',
      statuses: /^\d{4}$/.test(year ?? '2026') && Number(year ?? 2026) >= 2020 && Number(year ?? 2026) <= 2100 ? [200] : [400],
    };
  }),
  fc.constantFrom<AuditCase['as']>('none', 'wrong').map((as): AuditCase => ({
    kind: `GET /v1/audits/assignments ${as === 'none' ? 'no token' : 'wrong token'}`,
    method: 'GET',
    path: '/v1/audits/assignments',
    as,
    wrongToken: 'not-a-token-of-anyone-0123456789',
    statuses: as === 'none' ? [401] : [403, 429],
  })),
  // Public results: any territory id, any year.
  fc
    .tuple(
      fc.oneof(fc.constantFrom(...FUZZ_AUDITED, 'commune:25056', 'departement:2A', 'commune:99999', 'COMMUNE:25056', 'region:27'), junk),
      fc.option(fc.oneof(junk, fc.constantFrom('2026', '2019')), { nil: undefined }),
    )
    .map(([territory, year]): AuditCase => ({
      kind: 'GET /v1/territories/:id/audits',
      method: 'GET',
      path: `/v1/territories/${encodeURIComponent(territory)}/audits${year === undefined ? '' : `?year=${encodeURIComponent(year)}`}`,
      as: 'none',
      statuses: [200, 400, 404, 422],
    })),
  // The team's routes.
  fc
    .oneof(
      fc.constantFrom('{"name":"A"}', '{"name":""}', '{}', '{"name":12}', '{"name":"Bon nom","x":1}', '[]', '{'),
      junk.map((name) => JSON.stringify({ name })),
    )
    .map((body): AuditCase => {
      const name = (() => {
        try {
          return (JSON.parse(body) as { name?: unknown }).name;
        } catch {
          return undefined;
        }
      })();
      const good = typeof name === 'string' && name.trim().length >= 2 && name.trim().length <= 80 && !body.includes('"x"');
      return { kind: 'POST /v1/auditors', method: 'POST', path: '/v1/auditors', as: 'team', body, statuses: good ? [201] : [400] };
    }),
  fc.oneof(junk, fc.uuid({ version: 4 })).map((auditor): AuditCase => ({
    kind: 'DELETE /v1/auditors/:auditor',
    method: 'DELETE',
    path: `/v1/auditors/${encodeURIComponent(auditor)}`,
    as: 'team',
    // An empty id leaves DELETE /v1/auditors/, a route that only lists and creates.
    statuses: /^[0-9a-f-]{36}$/.test(auditor) ? [404] : [400, 404, 405],
  })),
  fc
    .tuple(
      fc.boolean(),
      fc.oneof(junk, fc.constantFrom('2019', '2101', '2040')),
      fc.oneof(
        fc.constantFrom('{}', '{"assignments":{}}', '{"assignments":[{}]}', '[]', '{'),
        fc
          .uuid({ version: 4 })
          .map((auditor) => JSON.stringify({ assignments: [{ auditor, territory: 'commune:15014', service: 'mairie', channel: 'telephone' }] })),
        junk.map((value) => JSON.stringify({ assignments: [{ auditor: value, territory: value, service: value, channel: value }] })),
      ),
    )
    .map(([adding, year, body]): AuditCase => ({
      // PUT replaces the year's lines; POST …/assignments adds some: the same body either way.
      kind: adding ? 'POST /v1/campaigns/:year/assignments' : 'PUT /v1/campaigns/:year',
      method: adding ? 'POST' : 'PUT',
      path: `/v1/campaigns/${encodeURIComponent(year)}${adding ? '/assignments' : ''}`,
      as: 'team',
      body,
      statuses: [400, 404, 405],
    })),
  fc.oneof(junk, fc.constantFrom('2026', '2040')).map((year): AuditCase => ({
    kind: 'GET /v1/campaigns/:year',
    method: 'GET',
    path: `/v1/campaigns/${encodeURIComponent(year)}`,
    as: 'team',
    statuses: /^20[2-9]\d$/.test(year) || year === '2100' ? [200] : [400, 404, 405],
  })),
  fc
    .tuple(
      fc.constantFrom('none', 'wrong') as fc.Arbitrary<'none' | 'wrong'>,
      fc.constantFrom('GET /v1/auditors', 'GET /v1/campaigns/2026', 'DELETE /v1/auditors/00000000-0000-4000-8000-000000000000'),
    )
    .map(([as, route]): AuditCase => {
      const [method, path] = route.split(' ') as ['GET' | 'DELETE', string];
      return {
        kind: `team routes ${as === 'none' ? 'no token' : 'wrong token'}`,
        method,
        path,
        as,
        wrongToken: 'wrong-operator-token-0123456789',
        statuses: as === 'none' ? [401] : [403, 429],
      };
    }),
);

export interface AuditFuzzFigures {
  requests: number;
  byKind: Record<string, { tried: number; ok: number }>;
  accepted: number;
  stored: number;
  tallied: number;
  conflicts: { tried: number; refused409: number };
}

/** Runs `count` generated cases against a server of its own, then checks what the valid audits left. */
export async function fuzzAudits(stateDir: string, count: number, seed: number, tally: Tally, failures: string[]): Promise<AuditFuzzFigures> {
  const server = await startLocalServer({ persistTo: stateDir, fresh: true, env: { TRUSTED_PROXY_HEADER: 'x-forwarded-for' } });
  const url = server.url;
  const team = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'x-forwarded-for': TEAM, ...JSON_HEADERS };
  const figures: AuditFuzzFigures = { requests: 0, byKind: {}, accepted: 0, stored: 0, tallied: 0, conflicts: { tried: 0, refused409: 0 } };
  const year = new Date().getUTCFullYear();
  try {
    const made = await send(`${url}/v1/auditors`, { method: 'POST', headers: team, body: JSON.stringify({ name: 'Auditrice du banc de fiabilité' }) }, tally);
    const { auditor, token } = (made.body as { data: { auditor: { id: string }; token: string } }).data;
    const lines = FUZZ_AUDITED.flatMap((territory) => AUDIT_CHANNELS.map((chosen) => ({ auditor: auditor.id, territory, service: 'mairie', channel: chosen })));
    const saved = await send(`${url}/v1/campaigns/${year}`, { method: 'PUT', headers: team, body: JSON.stringify({ assignments: lines }) }, tally);
    if (saved.status !== 200) failures.push(`audit fuzz: saving the campaign answered ${saved.status}`);
    const accepted = new Map<string, AuditRequest>();
    const cases = fc.sample(auditCase, { numRuns: count, seed });
    await pool(cases, 6, async (item) => {
      const headers: Record<string, string> = { ...JSON_HEADERS };
      if (item.as === 'auditor') Object.assign(headers, { authorization: `Bearer ${token}`, 'x-forwarded-for': AUDITOR });
      if (item.as === 'team') Object.assign(headers, team);
      if (item.as === 'wrong') Object.assign(headers, { authorization: `Bearer ${item.wrongToken ?? 'x'}`, 'x-forwarded-for': WRONG });
      if (item.as === 'none') headers['x-forwarded-for'] = ANONYMOUS;
      const result = await send(`${url}${item.path}`, { method: item.method, headers, ...(item.body === undefined ? {} : { body: item.body }) }, tally);
      figures.requests += 1;
      const stats = (figures.byKind[item.kind] ??= { tried: 0, ok: 0 });
      stats.tried += 1;
      const statusOk = item.statuses.includes(result.status);
      if (statusOk && result.problems.length === 0) stats.ok += 1;
      else if (failures.length < 40)
        failures.push(
          `audit fuzz ${item.kind} ${item.method} ${item.path}: status ${result.status} (expected ${item.statuses.join('/')}) ${result.problems.join('; ')} ${JSON.stringify(result.body).slice(0, 160)}`,
        );
      if (item.valid && (result.status === 200 || result.status === 201)) accepted.set(item.valid.id, item.valid);
    });
    // Every valid audit again (acknowledged as a duplicate), and a few reused ids with another body (409).
    const auditorHeaders = { ...JSON_HEADERS, authorization: `Bearer ${token}`, 'x-forwarded-for': AUDITOR };
    for (const [index, audit] of [...accepted.values()].entries()) {
      const again = await send(`${url}/v1/audits`, { method: 'POST', headers: auditorHeaders, body: JSON.stringify(audit) }, tally);
      const status = (again.body as { data?: { status?: string } }).data?.status;
      if (again.status !== 200 || status !== 'duplicate') failures.push(`audit fuzz: ${audit.id} sent again answered ${again.status} ${status ?? ''}`);
      if (index % 5 === 0) {
        figures.conflicts.tried += 1;
        const other = { ...audit, notes: `${audit.notes ?? ''} autre` };
        const conflict = await send(`${url}/v1/audits`, { method: 'POST', headers: auditorHeaders, body: JSON.stringify(other) }, tally);
        if (conflict.status === 409 && (conflict.body as { error?: { code?: string } }).error?.code === 'audit_conflict') figures.conflicts.refused409 += 1;
      }
    }
    figures.accepted = accepted.size;
    const campaign = (await send(`${url}/v1/campaigns/${year}`, { headers: team }, tally)).body as { data: CampaignReply['data'] };
    figures.stored = campaign.data.assignments.reduce((sum, line) => sum + line.audits, 0);
    for (const territory of FUZZ_AUDITED)
      figures.tallied += ((await send(`${url}/v1/territories/${territory}/audits?year=${year}`, {}, tally)).body as { data: { audits: number } }).data.audits;
    if (figures.stored !== figures.accepted || figures.tallied !== figures.accepted)
      failures.push(`audit fuzz: ${figures.accepted} valid audits acknowledged, ${figures.stored} stored, ${figures.tallied} tallied`);
    if (figures.conflicts.refused409 !== figures.conflicts.tried)
      failures.push(`audit fuzz: ${figures.conflicts.refused409} of ${figures.conflicts.tried} reused ids refused with 409`);
  } finally {
    await server.stop();
  }
  return figures;
}
