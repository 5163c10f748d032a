import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { AUDIT_CHANNELS, AUDIT_GRID_V1, type AuditChannel } from '../../../survey/audit-grid.js';
import type { AuditRequest, AuditResults } from '../../../survey/audits.js';
import { call } from '../../test/fixtures.js';
import { freshTerritory, type FreshTerritory } from '../../test/territories.js';
import type { Env } from '../env.js';
import { app } from '../index.js';
import { storeAudit } from './audits.js';

/** A year no other test's audits use (the national figures are this file's alone). */
const YEAR = 2059;
const AUDITOR = '00000000-0000-4000-8000-000000002059';

/** Audits of every channel with facts met or not, « non applicable » where allowed, measures on every side of their thresholds. */
function audits(territory: string): AuditRequest[] {
  return Array.from({ length: 15 }, (_, index) => {
    const channel = AUDIT_CHANNELS[index % AUDIT_CHANNELS.length] as AuditChannel;
    const observations = Object.fromEntries(
      AUDIT_GRID_V1[channel].map((item, position) => [
        item.id,
        item.kind === 'measure'
          ? [item.full, item.half, item.half + 1, 0][(index + position) % 4]
          : item.allowsNotApplicable && index % 3 === 0
            ? 'na'
            : (index + position) % 3 === 0
              ? 'non'
              : 'oui',
      ]),
    );
    return {
      id: crypto.randomUUID(),
      grid: 'v1',
      territory: territory as AuditRequest['territory'],
      service: index % 2 === 0 ? 'mairie' : 'etat-civil',
      channel,
      // Across a month boundary in Paris: 31 January 23:30 UTC is already February there.
      observedAt: new Date(Date.UTC(YEAR, 0, 31, 23, 30) + (index - 7) * 3_600_000).toISOString(),
      observations,
      ...(index === 4 ? { notes: 'Rappeler au 06 12 34 56 78.' } : {}),
    } as AuditRequest;
  });
}

const dev = (route: string, body: unknown) =>
  app.fetch(
    new Request(`http://127.0.0.1:8787/v1/dev/${route}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    { ...(env as Env), DEV_ROUTES: 'true' },
  );
const bulk = (body: unknown) => dev('audits', body);

async function rows(territory: string) {
  const months = await env.DB.prepare(
    'SELECT kind, population, departement, month, channel, service, criterion, audits, score_centi FROM audit_month WHERE territory_id = ? ORDER BY month, channel, service, criterion',
  )
    .bind(territory)
    .all();
  const items = await env.DB.prepare(
    'SELECT month, channel, item, counted, score_centi, not_applicable, value_sum FROM audit_item_month WHERE territory_id = ? ORDER BY month, channel, item',
  )
    .bind(territory)
    .all();
  const stored = await env.DB.prepare(
    'SELECT auditor, departement, service, channel, grid, observed_at, month, received_at, observations, notes, overall_centi FROM audits WHERE territory = ? ORDER BY observed_at',
  )
    .bind(territory)
    .all();
  return { months: months.results, items: items.results, audits: stored.results };
}

const figures = async (territory: string) => ((await (await call(`/v1/territories/${territory}/audits?year=${YEAR}`)).json()) as { data: AuditResults }).data;

/** Two communes of one département with the same population bracket do not exist on demand: compare what does not name the territory. */
const withoutPlace = <T extends Record<string, unknown>>(list: T[]) =>
  list.map(({ kind: _kind, population: _population, departement: _departement, ...rest }) => rest);

describe('audits written in bulk (POST /v1/dev/audits, for the benchmark)', () => {
  it('leaves exactly the rows and figures POST /v1/audits’s store leaves, audit by audit', async () => {
    const one: FreshTerritory = freshTerritory();
    const other: FreshTerritory = freshTerritory();
    const received = Date.UTC(YEAR, 1, 10);
    for (const audit of audits(one.id)) expect(await storeAudit(env as Env, audit, AUDITOR, one, received)).toMatchObject({ status: 'accepted' });
    const response = await bulk({ audits: audits(other.id).map((audit) => ({ auditor: AUDITOR, receivedAt: received, audit })) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { stored: 15 } });

    const [byOne, byBulk] = [await rows(one.id), await rows(other.id)];
    expect(byBulk.months.length).toBeGreaterThan(20);
    expect(withoutPlace(byBulk.months)).toEqual(withoutPlace(byOne.months));
    expect(byBulk.items).toEqual(byOne.items);
    expect(withoutPlace(byBulk.audits)).toEqual(withoutPlace(byOne.audits));
    expect(byBulk.audits.map((row) => row.notes)).toContain('Rappeler au [téléphone masqué].');
    expect(new Set(byBulk.months.map((row) => row.month))).toEqual(new Set([`${YEAR}-01`, `${YEAR}-02`]));

    const [mine, theirs] = [await figures(one.id), await figures(other.id)];
    expect(theirs.audits).toBe(15);
    expect(theirs.figures).toEqual(mine.figures);
    expect(theirs.channels).toEqual(mine.channels);
  });

  it('writes nothing when one id of the bulk is already stored', async () => {
    const territory = freshTerritory();
    const [first, ...rest] = audits(territory.id);
    const entry = (audit: AuditRequest) => ({ auditor: AUDITOR, receivedAt: Date.UTC(YEAR, 1, 10), audit });
    expect((await bulk({ audits: [entry(first as AuditRequest)] })).status).toBe(200);
    const again = await bulk({ audits: [...rest, first as AuditRequest].map(entry) });
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe('audit_conflict');
    expect((await figures(territory.id)).audits).toBe(1);
  });

  it('the seed’s route stores audit by audit as POST /v1/audits does: a second run finds them all duplicates', async () => {
    const one = freshTerritory();
    const other = freshTerritory();
    const received = Date.UTC(YEAR, 1, 10);
    for (const audit of audits(one.id)) await storeAudit(env as Env, audit, AUDITOR, one, received);
    const body = { audits: audits(other.id).map((audit) => ({ auditor: AUDITOR, receivedAt: received, audit })) };
    const first = (await (await dev('seed-audits', body)).json()) as { data: { results: { status: string }[] } };
    expect(first.data.results.map((result) => result.status)).toEqual(Array(15).fill('accepted'));
    const again = (await (await dev('seed-audits', body)).json()) as { data: { results: { status: string }[] } };
    expect(again.data.results.map((result) => result.status)).toEqual(Array(15).fill('duplicate'));
    expect(withoutPlace((await rows(other.id)).months)).toEqual(withoutPlace((await rows(one.id)).months));
    expect((await figures(other.id)).figures).toEqual((await figures(one.id)).figures);
  });

  it('keeps each département’s and France’s sums equal to the territories’ rows, whichever way the audits came', async () => {
    // After the tests above: audits stored one by one, in bulk and by the seed's route, all in YEAR.
    const sql = (query: string) => env.DB.prepare(query).bind(`${YEAR}-%`).all();
    const territories = await sql(
      `SELECT departement, month, channel, criterion, SUM(audits) AS audits, SUM(score_centi) AS score_centi FROM audit_month
       WHERE month LIKE ? GROUP BY departement, month, channel, criterion ORDER BY departement, month, channel, criterion`,
    );
    const departements = await sql(
      `SELECT departement, month, channel, criterion, audits, score_centi FROM audit_reference_month
       WHERE month LIKE ? AND departement <> '' ORDER BY departement, month, channel, criterion`,
    );
    expect(territories.results.length).toBeGreaterThan(0);
    expect(departements.results).toEqual(territories.results);
    const nation = await sql(
      `SELECT month, channel, criterion, SUM(audits) AS audits, SUM(score_centi) AS score_centi FROM audit_month
       WHERE month LIKE ? GROUP BY month, channel, criterion ORDER BY month, channel, criterion`,
    );
    const france = await sql(
      `SELECT month, channel, criterion, audits, score_centi FROM audit_reference_month WHERE month LIKE ? AND departement = '' ORDER BY month, channel, criterion`,
    );
    expect(france.results).toEqual(nation.results);
  });

  it('refuses an audit its grid does not accept, naming where', async () => {
    const [audit] = audits(freshTerritory().id);
    const broken = { ...audit, observations: { ...audit?.observations, inconnu: 'oui' } };
    const response = await bulk({ audits: [{ auditor: AUDITOR, receivedAt: 0, audit: broken }] });
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('inconnu');
  });
});
