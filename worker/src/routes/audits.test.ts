import { env } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { AssignmentsReplySchema, AuditReplySchema, AuditResultsReplySchema, OBSERVED_AT_SKEW_MS, type AuditFigures } from '../../../survey/audits.js';
import { membersOf } from '../../../survey/territory-directory.js';
import { asAuditor, asOperator, assign, newAuditor, phoneAudit, type PhoneObservations } from '../../test/audits.js';
import { call, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';

// A year no other Worker test file writes audits or a campaign in: France's figures of 2049 are
// this file's alone (the first test reads them before the others add to them).
const YEAR = 2049;
// Audits are refused when dated in the future: the clock stands late in YEAR.
const NOW = Date.UTC(YEAR, 11, 20, 12);
const at = Date.UTC(YEAR, 2, 10, 9);

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

/** Three phone audits whose scores are worked out by hand below. */
const A: PhoneObservations = {
  'agent-joint': 'oui', // accessibilité 10
  sonneries: 3, // ≤ 5: 1
  'attente-ligne-minutes': 4, // ≤ 5: ½ → attente 7.5
  presentation: 'oui',
  courtoisie: 'non', // accueil 5
  'bon-interlocuteur': 'oui',
  'reponse-comprehensible': 'oui', // efficacité 10
  'demarche-en-ligne-indiquee': 'na', // en ligne: not counted
}; // overall (10 + 7.5 + 5 + 10) / 4 = 8.125 → 8.13
const B: PhoneObservations = {
  'agent-joint': 'oui', // 10
  sonneries: 10, // > 8: 0
  'attente-ligne-minutes': 1, // 1 → attente 5
  presentation: 'oui',
  courtoisie: 'oui', // accueil 10
  'bon-interlocuteur': 'non',
  'reponse-comprehensible': 'oui', // efficacité 5
  'demarche-en-ligne-indiquee': 'oui', // en ligne 10
}; // overall 40 / 5 = 8
const C: PhoneObservations = {
  'agent-joint': 'non', // 0
  sonneries: 6, // ½
  'attente-ligne-minutes': 6, // 0 → attente 2.5
  presentation: 'non',
  courtoisie: 'oui', // accueil 5
  'bon-interlocuteur': 'non',
  'reponse-comprehensible': 'non', // efficacité 0
  'demarche-en-ligne-indiquee': 'non', // en ligne 0
}; // overall 7.5 / 5 = 1.5

const figure = (audits: number, score: number | null) => ({ audits, score, suppressed: score === null });
const figures = (overall: ReturnType<typeof figure>, criteria: Record<string, ReturnType<typeof figure>>): AuditFigures => ({
  overall,
  criteria: (['accessibilite', 'accueil', 'attente', 'efficacite', 'en-ligne'] as const).map((criterion) => ({
    criterion,
    ...(criteria[criterion] ?? figure(0, null)),
  })),
});

async function send(token: string, audit: unknown): Promise<Response> {
  return asAuditor(token, '/v1/audits', 'POST', audit);
}

async function sendOk(token: string, audit: unknown, status = 201) {
  const response = await send(token, audit);
  expect(response.status, await response.clone().text()).toBe(status);
  return AuditReplySchema.parse(await response.json()).data;
}

async function auditResults(territory: string, year: number, token?: string) {
  const response = await call(`/v1/territories/${territory}/audits?year=${year}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  expect(response.status, await response.clone().text()).toBe(200);
  return { response, data: AuditResultsReplySchema.parse(await response.json()).data };
}

const error = async (response: Response) => ((await response.json()) as ErrorEnvelope).error;

describe('POST /v1/audits and GET /v1/territories/:id/audits', () => {
  const departement = freshTerritory({ kind: 'departement' });
  const [own, neighbour] = membersOf(departement.id).communes;
  const elsewhere = freshTerritory();
  const detailed = freshTerritory();
  if (!own || !neighbour) throw new Error('needs two communes in one département');
  let token = '';
  let auditorId = '';

  beforeAll(async () => {
    const created = await newAuditor('Dominique Enquêtrice');
    token = created.token;
    auditorId = created.auditor.id;
    const line = (territory: string) => ({ auditor: auditorId, territory, service: 'mairie' as const, channel: 'telephone' as const });
    await assign(YEAR, [line(own.id), line(neighbour.id), line(elsewhere.id), line(detailed.id)]);
  });

  it('scores a territory from its audits to the hundredth, beside its département and France, and suppresses what rests on fewer than 3', async () => {
    for (const observations of [A, B, C]) await sendOk(token, phoneAudit(own.id, at, observations));
    // The neighbour: three audits like A; elsewhere: one like B (France only).
    for (let n = 0; n < 3; n += 1) await sendOk(token, phoneAudit(neighbour.id, at, A));
    await sendOk(token, phoneAudit(elsewhere.id, at, B));

    const { data, response } = await auditResults(own.id, YEAR);
    expect(response.headers.get('cache-control')).toBeNull();
    expect(data.audits).toBe(3);
    expect(data.threshold).toBe(3);
    expect(data.grid).toBe('v1');
    expect(data.detail).toBeNull();
    // Each criterion the mean of the audits' scores: (8.13 + 8 + 1.5) / 3 = 5.8766… → 5.88.
    const ownFigures = figures(figure(3, 5.88), {
      accessibilite: figure(3, 6.67), // (10 + 10 + 0) / 3
      accueil: figure(3, 6.67), // (5 + 10 + 5) / 3
      attente: figure(3, 5), // (7.5 + 5 + 2.5) / 3
      efficacite: figure(3, 5), // (10 + 5 + 0) / 3
      'en-ligne': figure(2, null), // B and C only: suppressed
    });
    expect(data.figures).toEqual(ownFigures);
    expect(data.channels.map((channel) => channel.channel)).toEqual(['accueil-physique', 'telephone', 'courriel', 'courrier', 'site-internet']);
    expect(data.channels.find((channel) => channel.channel === 'telephone')).toEqual({ channel: 'telephone', ...ownFigures });
    expect(data.channels.find((channel) => channel.channel === 'courriel')).toEqual({ channel: 'courriel', ...figures(figure(0, null), {}) });
    // The département: own's 3 and the neighbour's 3 (8.13 each): (17.63 + 24.39) / 6 = 7.0033… → 7.
    expect(data.references.departement).toEqual(
      figures(figure(6, 7), {
        accessibilite: figure(6, 8.33), // 50 / 6
        accueil: figure(6, 5.83), // 35 / 6
        attente: figure(6, 6.25), // (15 + 22.5) / 6
        efficacite: figure(6, 7.5), // 45 / 6
        'en-ligne': figure(2, null),
      }),
    );
    // France: and the one audit elsewhere (8): (42.02 + 8) / 7 = 7.1457… → 7.15.
    expect(data.references.france).toEqual(
      figures(figure(7, 7.15), {
        accessibilite: figure(7, 8.57), // 60 / 7
        accueil: figure(7, 6.43), // 45 / 7
        attente: figure(7, 6.07), // 42.5 / 7
        efficacite: figure(7, 7.14), // 50 / 7
        'en-ligne': figure(3, 6.67), // (10 + 0 + 10) / 3
      }),
    );
    // The neighbour has only A's; elsewhere has one audit: every figure suppressed.
    const single = await auditResults(elsewhere.id, YEAR);
    expect(single.data.figures).toEqual(
      figures(figure(1, null), {
        accessibilite: figure(1, null),
        accueil: figure(1, null),
        attente: figure(1, null),
        efficacite: figure(1, null),
        'en-ligne': figure(1, null),
      }),
    );
  });

  it('gives the territory’s admin the item detail and the audits, notes masked; never the public', async () => {
    const adminToken = await register(detailed.id);
    const withNotes = phoneAudit(detailed.id, Date.UTC(YEAR, 0, 5, 10), A, { notes: 'Rappeler M. Durand au 06 12 34 56 78 ou durand@example.fr' });
    await sendOk(token, withNotes);
    await sendOk(token, phoneAudit(detailed.id, Date.UTC(YEAR, 0, 6, 10), C, { notes: '   ' }));
    const publicReply = await auditResults(detailed.id, YEAR);
    expect(publicReply.data.detail).toBeNull();
    // Two audits: every figure suppressed.
    expect(publicReply.data.figures.overall).toEqual(figure(2, null));

    const { data, response } = await auditResults(detailed.id, YEAR, adminToken);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const detail = data.detail;
    if (!detail) throw new Error('no detail with the admin token');
    expect(detail.audits.map((audit) => [audit.id, audit.overall, audit.notes])).toEqual([
      [expect.any(String), 1.5, null],
      [withNotes.id, 8.13, expect.not.stringContaining('06 12')],
    ]);
    expect(detail.audits[1]?.notes).not.toContain('durand@example.fr');
    expect(detail.audits[1]?.observations).toEqual(A);
    expect(detail.audits[1]?.observedAt).toBe('2049-01-05T10:00:00.000Z');
    const item = (id: string) => detail.items.find((entry) => entry.item === id);
    expect(item('sonneries')).toEqual({
      channel: 'telephone',
      item: 'sonneries',
      label: 'Sonneries avant le décroché',
      criterion: 'attente',
      counted: 2,
      notApplicable: 0,
      met: 0.75, // 1 and ½
      meanValue: 4.5, // (3 + 6) / 2
    });
    expect(item('demarche-en-ligne-indiquee')).toMatchObject({ counted: 1, notApplicable: 1, met: 0, meanValue: null });
    expect(item('courtoisie')).toMatchObject({ counted: 2, met: 0.5 });
    expect(detail.items.every((entry) => entry.channel === 'telephone')).toBe(true);

    // A wrong admin token is refused, not ignored.
    const wrong = await call(`/v1/territories/${detailed.id}/audits?year=${YEAR}`, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(403);
  });

  it('counts an audit once: sent again it is a duplicate, raced it is tallied once, another audit under its id is refused', async () => {
    const territory = neighbour.id;
    const before = (await auditResults(territory, YEAR)).data.figures.overall.audits;
    const audit = phoneAudit(territory, Date.UTC(YEAR, 1, 1, 10), B);
    const first = await sendOk(token, audit);
    expect(first.status).toBe('accepted');
    // The same audit, keys in another order: the same audit.
    const reordered = { ...audit, observations: Object.fromEntries(Object.entries(audit.observations).reverse()) };
    const again = await sendOk(token, reordered, 200);
    expect(again).toEqual({ id: audit.id, status: 'duplicate', receivedAt: first.receivedAt });
    const conflict = await send(token, { ...audit, observations: { ...audit.observations, sonneries: 2 } });
    expect(conflict.status).toBe(409);
    expect((await error(conflict)).code).toBe('audit_conflict');

    // Two deliveries at once, as a phone retrying on a flaky network does.
    const raced = phoneAudit(territory, Date.UTC(YEAR, 1, 2, 10), C);
    const replies = await Promise.all([send(token, raced), send(token, raced), send(token, raced)]);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 201]);

    const after = await auditResults(territory, YEAR);
    expect(after.data.figures.overall.audits).toBe(before + 2);
    const stored = await env.DB.prepare('SELECT COUNT(*) AS n FROM audits WHERE id IN (?, ?)').bind(audit.id, raced.id).first<{ n: number }>();
    expect(stored?.n).toBe(2);
  });

  it('refuses an audit not assigned, dated in the future, or observing an item its grid has not, storing nothing', async () => {
    const count = async () => (await env.DB.prepare('SELECT COUNT(*) AS n FROM audits WHERE auditor = ?').bind(auditorId).first<{ n: number }>())?.n;
    const stored = await count();

    const notAssigned = await send(token, phoneAudit(elsewhere.id, Date.UTC(YEAR, 3, 1), A, { service: 'bibliotheque' }));
    expect(notAssigned.status).toBe(403);
    const refusal = await error(notAssigned);
    expect(refusal.code).toBe('not_assigned');
    expect(refusal.message).toContain(elsewhere.name);
    expect(refusal.message).toContain('bibliotheque');
    expect(refusal.message).toContain('telephone');
    expect(refusal.message).toContain(String(YEAR));
    // The same line in another year's campaign is not assigned either.
    expect((await send(token, phoneAudit(own.id, Date.UTC(YEAR - 1, 5, 1), A))).status).toBe(403);

    const future = await send(token, phoneAudit(own.id, NOW + OBSERVED_AT_SKEW_MS + 60_000, A));
    expect(future.status).toBe(400);
    expect((await error(future)).issues?.map((issue) => issue.path)).toEqual([['observedAt']]);
    // Within the skew of a phone's clock: accepted.
    await sendOk(token, phoneAudit(own.id, NOW + OBSERVED_AT_SKEW_MS - 60_000, A));

    const unknownItem = await send(token, phoneAudit(own.id, at, { ...A, 'musique-attente': 'oui' } as PhoneObservations));
    expect(unknownItem.status).toBe(400);
    const invalid = await error(unknownItem);
    expect(invalid.code).toBe('invalid_request');
    expect(invalid.issues?.map((issue) => issue.path)).toEqual([['observations', 'musique-attente']]);

    const unknownTerritory = await send(token, phoneAudit('commune:99999', at, A));
    expect(unknownTerritory.status).toBe(404);
    expect((await error(unknownTerritory)).code).toBe('unknown_territory');

    expect(await count()).toBe((stored ?? 0) + 1);
  });

  it('lists the auditor’s own assignments with the audits sent, and refuses a missing, wrong or revoked token', async () => {
    const response = await asAuditor(token, `/v1/audits/assignments?year=${YEAR}`);
    expect(response.status).toBe(200);
    const { data } = AssignmentsReplySchema.parse(await response.json());
    expect(data.auditor).toEqual({ id: auditorId, name: 'Dominique Enquêtrice' });
    expect(data.year).toBe(YEAR);
    expect(data.grid).toBe('v1');
    const submitted = Object.fromEntries(data.assignments.map((line) => [line.territory.id, line.submitted.length]));
    // As the tests above sent them: own 3 and 1 within the clock's skew, the neighbour 3 and 2, elsewhere 1, the admin's territory 2.
    expect(submitted).toEqual({ [own.id]: 4, [neighbour.id]: 5, [elsewhere.id]: 1, [detailed.id]: 2 });
    expect(data.assignments.find((line) => line.territory.id === own.id)?.territory).toEqual({ id: own.id, name: own.name, departement: own.departement });

    expect((await call('/v1/audits/assignments')).status).toBe(401);
    expect((await call('/v1/audits', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await asAuditor('not-an-auditor-token', '/v1/audits/assignments')).status).toBe(403);

    // Revoked: refused before anything else is looked at.
    const revoked = await newAuditor('Alex Révoqué');
    expect((await asOperator(`/v1/auditors/${revoked.auditor.id}`, 'DELETE')).status).toBe(200);
    const refused = await send(revoked.token, phoneAudit(own.id, Date.UTC(YEAR, 4, 1), A));
    expect(refused.status).toBe(403);
    expect((await error(refused)).message).toContain('revoked');
  });
});
