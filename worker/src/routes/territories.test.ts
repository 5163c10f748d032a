import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { participationRate } from '../../../survey/participation.js';
import type { Results } from '../../../survey/results.js';
import { createScheduledController } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import type { Env } from '../env.js';
import worker from '../index.js';
import { answer, call, claimTerritory, context, operator, post } from '../../test/fixtures.js';
import { freshTerritories, freshTerritory } from '../../test/territories.js';
import { CLAIM_LIFETIME_MS } from '../db/registrations.js';
import { ledger } from '../ledger/shards.js';

async function data(path: string): Promise<Results> {
  const response = await call(path);
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: Results }).data;
}

describe('GET /v1/territories/:id', () => {
  it('describes a commune from the reference data', async () => {
    // Named: Besançon's record as the reference data gives it, read only.
    const response = await call('/v1/territories/commune:25056');
    expect(await response.json()).toEqual({
      data: { id: 'commune:25056', kind: 'commune', name: 'Besançon', population: 118489, departement: '25', slug: 'besancon' },
    });
  });

  it('answers 400 for a malformed id and 404 for an unknown one', async () => {
    const malformed = await call('/v1/territories/paris/results');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as ErrorEnvelope).error.code).toBe('invalid_territory_id');
    const unknown = await call('/v1/territories/commune:99999/results');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as ErrorEnvelope).error.code).toBe('unknown_territory');
  });
});

describe('GET /v1/territories/:id/results', () => {
  it('computes exact figures from the tallies after a mix of answers', async () => {
    const territory = freshTerritory().id;
    const mix = [
      answer({ territory, overall: 'tres-bien', criteria: { accueil: 5, attente: 4 } }),
      answer({ territory, overall: 'tres-bien', criteria: { accueil: 4, attente: 2 } }),
      answer({ territory, overall: 'moyen', criteria: { accueil: 3, attente: null } }),
      answer({ territory, overall: 'pas-bien', criteria: { accueil: 1 } }),
      answer({ territory, overall: 'tres-bien', criteria: { accueil: 5 }, channel: 'telephone' }),
      answer({ territory, overall: 'moyen', service: 'bibliotheque', criteria: { accueil: 4 } }),
    ];
    await post({ answers: mix });
    const all = await data(`/v1/territories/${territory}/results`);
    expect(all.answers).toBe(6);
    // overall: 3 × 10 + 2 × 5 + 0 = 40 / 6
    expect(all.overall).toEqual({
      n: 6,
      score: 6.67,
      rate: 0.5,
      interval: { low: 0.1876, high: 0.8124 },
      distribution: { 'pas-bien': 1, moyen: 2, 'tres-bien': 3 },
      suppressed: false,
    });
    // accueil: levels 5,4,3,1,5,4 → scores 10,7.5,5,0,10,7.5 = 40 / 6; satisfied 4 of 6
    expect(all.criteria.accueil).toMatchObject({ n: 6, score: 6.67, rate: 0.6667, notConcerned: 0 });
    // attente: two answers and one « Non concerné »: too few to publish.
    expect(all.criteria.attente).toEqual({
      n: 2,
      score: null,
      rate: null,
      interval: null,
      distribution: null,
      suppressed: true,
      notConcerned: 1,
    });

    const mairie = await data(`/v1/territories/${territory}/results?service=mairie`);
    expect(mairie.answers).toBe(5);
    expect(mairie.filters).toEqual({ service: 'mairie', channel: null, from: null, to: null });
    const phone = await data(`/v1/territories/${territory}/results?channel=telephone`);
    expect(phone.answers).toBe(1);
    expect(phone.overall.suppressed).toBe(true);
    const both = await data(`/v1/territories/${territory}/results?service=mairie&channel=telephone`);
    expect([both.answers, both.filters.service, both.filters.channel]).toEqual([1, 'mairie', 'telephone']);
    expect((await data(`/v1/territories/${territory}/results?service=bibliotheque&channel=telephone`)).answers).toBe(0);

    expect(all.breakdown).toEqual({ sources: { site: 6 }, services: { mairie: 5, bibliotheque: 1 }, channels: { guichet: 5, telephone: 1 } });
    expect(all.months).toHaveLength(1);
    expect(all.months[0]).toMatchObject({ answers: 6, overall: { n: 6, score: 6.67, rate: 0.5, suppressed: false } });
    expect(all.excluded).toEqual({ refused: 0, flagged: 0, capped: 0 });
    // Six answers from one connection on one day: one respondent (the cap is lifted in these tests).
    expect([all.respondents, all.participation]).toEqual([1, participationRate(1, all.territory.population)]);
    expect([mairie.respondents, mairie.participation]).toEqual([null, null]);
  });

  it('filters by period, month by month, from the tallies', async () => {
    const territory = freshTerritory().id;
    const stub = ledger(env, territory);
    for (const [month, count] of [
      [0, 3],
      [1, 5],
      [2, 7],
    ] as const) {
      const at = Date.UTC(2025, month, 15, 12);
      await stub.record(
        Array.from({ length: count }, () => answer({ territory, overall: month === 2 ? 'pas-bien' : 'tres-bien' })),
        context(territory, at),
      );
    }
    expect((await data(`/v1/territories/${territory}/results`)).answers).toBe(15);
    const febMar = await data(`/v1/territories/${territory}/results?from=2025-02&to=2025-03`);
    expect(febMar.answers).toBe(12);
    expect(febMar.filters).toMatchObject({ from: '2025-02', to: '2025-03' });
    expect(febMar.months.map((month) => [month.month, month.answers, month.overall.rate])).toEqual([
      ['2025-02', 5, 1],
      ['2025-03', 7, 0],
    ]);
    const filtered = await data(`/v1/territories/${territory}/results?from=2025-03&service=mairie`);
    expect(filtered.answers).toBe(7);
    const backwards = await call(`/v1/territories/${territory}/results?from=2025-03&to=2025-01`);
    expect(backwards.status).toBe(400);
    expect(((await backwards.json()) as ErrorEnvelope).error.issues?.[0]?.path).toEqual(['query', 'to']);
  });

  it('refuses an unknown filter value with 400 naming the query field', async () => {
    const response = await call(`/v1/territories/${freshTerritory().id}/results?service=piscine`);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorEnvelope;
    expect(error.issues?.[0]?.path).toEqual(['query', 'service']);
  });

  it('answers 404 in the envelope for an unknown route', async () => {
    const response = await call('/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(((await response.json()) as ErrorEnvelope).error.code).toBe('not_found');
  });
});

describe('POST /v1/territories (registration)', () => {
  it('records a pending claim, returns the admin token once, and stores only its hash', async () => {
    const territory = freshTerritory().id;
    const body = { territory, contact: 'dgs@mairie.example.fr', origins: ['https://www.ville.example.fr', 'HTTPS://WWW.VILLE.EXAMPLE.FR'] };
    const first = await claimTerritory(body);
    expect(first.status).toBe(201);
    const { data } = (await first.json()) as { data: { territory: string; origins: string[]; adminToken: string; claim: string; status: string } };
    expect(data).toMatchObject({ territory, origins: ['https://www.ville.example.fr'], status: 'pending' });
    expect(data.adminToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await env.DB.prepare('SELECT contact, admin_token_hash FROM registration_claims WHERE id = ?')
      .bind(data.claim)
      .first<{ contact: string; admin_token_hash: string }>();
    expect(stored?.contact).toBe('dgs@mairie.example.fr');
    expect(stored?.admin_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.admin_token_hash).not.toContain(data.adminToken);
  });

  it('refuses a malformed registration with 400 and an unknown territory with 422', async () => {
    const bad = await claimTerritory({ territory: freshTerritory().id, contact: 'not-an-email', origins: ['https://ok.fr/path'] });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorEnvelope).error.issues?.map((issue) => issue.path)).toEqual([['contact'], ['origins', 0]]);
    const unknown = await claimTerritory({ territory: 'commune:99999', contact: 'a@b.fr' });
    expect(unknown.status).toBe(422);
  });

  it('lets nobody lock a town out by registering first: a claim enforces nothing until it is approved', async () => {
    const place = freshTerritory();
    const territory = place.id;
    const claimOf = async (contact: string, origins: string[]) =>
      ((await (await claimTerritory({ territory, contact, origins })).json()) as { data: { adminToken: string; claim: string } }).data;
    const stranger = await claimOf('squat@example.com', ['https://squat.example']);
    const town = await claimOf('dgs@ville.example.fr', ['https://www.ville.example.fr']);
    await post(answer({ territory, comment: 'Merci pour votre aide' }));

    // Pending: any site may send answers, and neither token opens the comments.
    expect((await post(answer({ territory }), { 'content-type': 'application/json', origin: 'https://www.ville.example.fr' })).status).toBe(200);
    for (const claim of [stranger, town]) {
      const refused = await call(`/v1/territories/${territory}/comments`, { headers: { authorization: `Bearer ${claim.adminToken}` } });
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ErrorEnvelope).error.code).toBe('registration_pending');
    }

    // The team sees both claims and approves the town's: the stranger's claim is gone with its token.
    const listed = (
      (await (await operator('/v1/registrations')).json()) as { data: { claims: { claim: string; territory: string; name: string; contact: string }[] } }
    ).data.claims;
    expect(listed.filter((claim) => claim.territory === territory).map((claim) => claim.contact)).toEqual(['squat@example.com', 'dgs@ville.example.fr']);
    expect(listed.find((claim) => claim.claim === town.claim)?.name).toBe(place.name);
    const approved = await operator(`/v1/registrations/${town.claim}/approve`, 'POST');
    expect(approved.status).toBe(200);
    expect(((await approved.json()) as { data: unknown }).data).toEqual({
      claim: town.claim,
      territory,
      status: 'active',
      origins: ['https://www.ville.example.fr'],
    });

    const comments = await call(`/v1/territories/${territory}/comments`, { headers: { authorization: `Bearer ${town.adminToken}` } });
    expect(comments.status).toBe(200);
    expect((await call(`/v1/territories/${territory}/comments`, { headers: { authorization: `Bearer ${stranger.adminToken}` } })).status).toBe(403);
    expect((await operator(`/v1/registrations/${stranger.claim}/approve`, 'POST')).status).toBe(404);
    // Now registered: its origins hold, and a new claim is refused.
    expect((await post(answer({ territory }), { 'content-type': 'application/json', origin: 'https://squat.example' })).status).toBe(403);
    const again = await claimTerritory({ territory, contact: 'autre@example.com' });
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorEnvelope).error.code).toBe('already_registered');
  });

  it('lets a town file its own claim however many strangers claimed it first, and shows the team what tells them apart', async () => {
    const place = freshTerritory();
    const territory = place.id;
    // Twelve strangers from twelve connections, each within the per-connection limit.
    for (let index = 0; index < 12; index += 1) {
      expect(
        (await claimTerritory({ territory, contact: `c${index}@example.com`, origins: [`https://squat${index}.example`] }, `198.51.100.${index + 1}`)).status,
      ).toBe(201);
    }
    const town = await claimTerritory({ territory, contact: 'communication@ville-exemple.fr', origins: ['https://www.ville-exemple.fr'] }, '198.51.100.200');
    expect(town.status).toBe(201);
    const { claim } = ((await town.json()) as { data: { claim: string } }).data;
    const listed = (await (await operator('/v1/registrations')).json()) as {
      data: { claims: { claim: string; territory: string; facts: Record<string, unknown> }[] };
    };
    const mine = listed.data.claims.filter((entry) => entry.territory === territory);
    expect(mine).toHaveLength(13);
    expect(mine.find((entry) => entry.claim === claim)?.facts).toEqual({
      kind: 'commune',
      population: place.population,
      departement: place.departement,
      contactDomainMatchesOrigin: true,
      claimsOnTerritory: 13,
    });
    expect(mine.filter((entry) => entry.facts.contactDomainMatchesOrigin === true)).toHaveLength(1);
    // Approving the town's claim drops every stranger's.
    expect((await operator(`/v1/registrations/${claim}/approve`, 'POST')).status).toBe(200);
    const after = (await (await operator('/v1/registrations')).json()) as typeof listed;
    expect(after.data.claims.filter((entry) => entry.territory === territory)).toEqual([]);
  });
});

describe('claims per connection', () => {
  it('refuses a sixth claim in a day from one connection with 429 and Retry-After, whatever the territory', async () => {
    const statuses: number[] = [];
    for (const { id } of freshTerritories(5)) statuses.push((await claimTerritory({ territory: id, contact: 'z@example.com' }, '192.0.2.77')).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    const territory = freshTerritory().id;
    const sixth = await claimTerritory({ territory, contact: 'z@example.com' }, '192.0.2.77');
    expect(sixth.status).toBe(429);
    expect(((await sixth.json()) as ErrorEnvelope).error.code).toBe('rate_limited');
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await claimTerritory({ territory, contact: 'z@example.com' }, '192.0.2.78')).status).toBe(201);
  });
});

describe('/v1/registrations (the barometer team’s routes)', () => {
  it('needs the operator token, checks claim ids, and rejects claims', async () => {
    expect((await call('/v1/registrations')).status).toBe(401);
    expect((await call('/v1/registrations', { headers: { authorization: 'Bearer not-the-operator-token' } })).status).toBe(403);
    expect((await operator('/v1/registrations/12/approve', 'POST')).status).toBe(400);
    expect((await operator(`/v1/registrations/${crypto.randomUUID()}/approve`, 'POST')).status).toBe(404);
    const territory = freshTerritory().id;
    const { claim, adminToken } = (
      (await (await claimTerritory({ territory, contact: 'x@example.com' })).json()) as { data: { claim: string; adminToken: string } }
    ).data;
    const rejected = await operator(`/v1/registrations/${claim}/reject`, 'POST');
    expect(((await rejected.json()) as { data: { status: string } }).data.status).toBe('rejected');
    // The refused claim's token opens no comment, and says it was refused.
    const after = await call(`/v1/territories/${territory}/comments`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(after.status).toBe(403);
    expect(((await after.json()) as ErrorEnvelope).error.code).toBe('registration_rejected');
    expect((await operator(`/v1/registrations/${claim}/reject`, 'POST')).status).toBe(404);
  });

  it('forgets claims nobody approved within 30 days: their tokens open nothing and they cannot be approved', async () => {
    const territory = freshTerritory().id;
    const { claim, adminToken } = (
      (await (await claimTerritory({ territory, contact: 'y@example.com' })).json()) as { data: { claim: string; adminToken: string } }
    ).data;
    await env.DB.prepare('UPDATE registration_claims SET created_at = ? WHERE id = ?')
      .bind(Date.now() - CLAIM_LIFETIME_MS - 1000, claim)
      .run();
    const comments = await call(`/v1/territories/${territory}/comments`, { headers: { authorization: `Bearer ${adminToken}` } });
    expect(((await comments.json()) as ErrorEnvelope).error.code).toBe('forbidden');
    const listed = ((await (await operator('/v1/registrations')).json()) as { data: { claims: { claim: string }[] } }).data.claims;
    expect(listed.map((item) => item.claim)).not.toContain(claim);
    expect((await operator(`/v1/registrations/${claim}/approve`, 'POST')).status).toBe(404);
  });
});

describe('GET /v1/territories/:id/results.csv and .json', () => {
  it('downloads the results as CSV for French Excel and as JSON', async () => {
    const place = freshTerritory();
    const territory = place.id;
    const file = `barometre-${territory.replace(':', '-')}`;
    await post({
      answers: Array.from({ length: 6 }, (_, index) => answer({ territory, overall: index < 4 ? 'tres-bien' : 'moyen', criteria: { accueil: 4 } })),
    });
    const csv = await call(`/v1/territories/${territory}/results.csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${file}.csv"`);
    const bytes = new Uint8Array(await csv.clone().arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(`Baromètre citoyen — résultats;${place.name} (${territory})`);
    expect(lines).toContain('Réponses;6');
    // (4 × 10 + 2 × 5) / 6 = 8,33; 4 of 6 satisfied = 66,7 %
    expect(lines).toContain('Appréciation générale;6;8,33;66,7;30;90,3;');
    expect(lines).toContain('Accueil et courtoisie;6;7,5;100;61;100;0');
    expect(lines).toContain('Temps d’attente;0;données insuffisantes;données insuffisantes;données insuffisantes;données insuffisantes;0');

    const json = await call(`/v1/territories/${territory}/results.json`);
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="${file}.json"`);
    expect(((await json.json()) as { data: Results }).data.answers).toBe(6);
  });
});

describe('GET /v1/territories/:id/indicators.csv', () => {
  it('gives the same figures as a tidy table: one row per indicator × period, one header, the same columns on every row', async () => {
    const territory = freshTerritory().id;
    await post({
      answers: Array.from({ length: 6 }, (_, index) =>
        answer({ territory, overall: index < 4 ? 'tres-bien' : 'moyen', criteria: { accueil: 4, attente: null } }),
      ),
    });
    const response = await call(`/v1/territories/${territory}/indicators.csv?service=mairie`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="barometre-${territory.replace(':', '-')}-indicateurs.csv"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // As a data tool reads it: records keyed by the header, every row as wide as the header (the parser refuses otherwise).
    const rows = parse(new TextDecoder().decode(bytes.slice(3)), { delimiter: ';', columns: true }) as Record<string, string>[];
    const results = await data(`/v1/territories/${territory}/results?service=mairie`);
    const month = results.months[0]?.month ?? '';
    const number = (cell: string | undefined) => (cell === '' || cell === undefined ? null : Number(cell.replace(',', '.')));
    // The whole period first (one month here, so it starts and ends there).
    const overall = rows[0];
    expect(overall).toEqual({
      territoire: territory,
      periode_debut: month,
      periode_fin: month,
      service: 'mairie',
      canal: '',
      indicateur: 'appreciation_generale',
      reponses: '6',
      note_sur_10: '8,33',
      taux_satisfaction_pct: '66,7',
      ic95_bas_pct: '30',
      ic95_haut_pct: '90,3',
      non_concerne: '',
    });
    expect(number(overall?.note_sur_10)).toBeCloseTo(results.overall.score ?? Number.NaN, 2);
    expect(rows.map((row) => row.indicateur)).toEqual([
      'appreciation_generale',
      'accessibilite',
      'accueil',
      'attente',
      'efficacite',
      'en_ligne',
      'appreciation_generale',
    ]);
    const accueil = rows.find((row) => row.indicateur === 'accueil');
    expect([accueil?.reponses, accueil?.note_sur_10, accueil?.taux_satisfaction_pct]).toEqual(['6', '7,5', '100']);
    // Suppressed (under 5 answers): empty cells, never a zero; « Non concerné » counted apart.
    const attente = rows.find((row) => row.indicateur === 'attente');
    expect([attente?.reponses, attente?.note_sur_10, attente?.taux_satisfaction_pct, attente?.non_concerne]).toEqual(['0', '', '', '6']);
    // The month's row: its overall figures.
    expect(rows.at(-1)).toMatchObject({ periode_debut: month, periode_fin: month, reponses: '6', note_sur_10: '8,33', ic95_bas_pct: '' });
  });
});

describe('GET /v1/territories?q=', () => {
  it('finds territories by name or code, and refuses a query too short to mean anything', async () => {
    // Named: a search is read against the reference data, Besançon first for « besan ».
    const found = await call('/v1/territories?q=besan&limit=3');
    expect(found.status).toBe(200);
    const { data } = (await found.json()) as { data: { id: string; name: string }[] };
    expect(data[0]).toMatchObject({ id: 'commune:25056', name: 'Besançon' });
    expect(data.length).toBeLessThanOrEqual(3);
    const short = await call('/v1/territories?q=b');
    expect(short.status).toBe(400);
    expect(((await short.json()) as ErrorEnvelope).error.issues?.[0]?.path).toEqual(['query', 'q']);
    expect((await call('/v1/territories?q=besan&limit=500')).status).toBe(400);
  });
});

describe('attribution to the communication kit', () => {
  it('counts answers by source, each kit asset apart, in the results and the CSV', async () => {
    const territory = freshTerritory().id;
    const sources = ['affiche-a4', 'affiche-a4', 'flyer-a5', 'qr', 'site', 'reseau-facebook'];
    const response = await post({ answers: sources.map((source) => answer({ territory, source })) });
    expect(response.status).toBe(200);
    const results = await data(`/v1/territories/${territory}/results`);
    expect(results.breakdown.sources).toEqual({ 'affiche-a4': 2, 'flyer-a5': 1, qr: 1, site: 1, 'reseau-facebook': 1 });
    const csv = await (await call(`/v1/territories/${territory}/results.csv`)).text();
    expect(csv).toContain('Kit : Affiche A4;affiche-a4;2');
    expect(csv).toContain('Kit : Flyer A5;flyer-a5;1');
    expect(csv).toContain('Kit : publication Facebook;reseau-facebook;1');
    expect(csv).toContain('Code QR (sans support précisé);qr;1');
  });
});

describe('the daily cron', () => {
  it('drops expired claims and claim counts older than yesterday, keeping the rest', async () => {
    const now = Date.now();
    const today = Math.floor(now / 86_400_000);
    const expired = freshTerritory().id;
    await env.DB.batch([
      env.DB.prepare("INSERT INTO claim_clients (client, day, count) VALUES ('old-client', ?, 3), ('recent-client', ?, 1)").bind(today - 2, today - 1),
      env.DB.prepare(
        "INSERT INTO registration_claims (id, territory, contact, origins, admin_token_hash, created_at) VALUES ('6f1c2a4e-0000-4000-8000-00000000cron', ?, 'a@example.com', '[]', 'cronhash', ?)",
      ).bind(expired, now - CLAIM_LIFETIME_MS - 1),
    ]);
    await worker.scheduled(createScheduledController({ scheduledTime: now, cron: '0 3 * * *' }), env as Env);
    const clients = await env.DB.prepare('SELECT client FROM claim_clients ORDER BY client').all<{ client: string }>();
    expect(clients.results.map((row) => row.client)).toContain('recent-client');
    expect(clients.results.map((row) => row.client)).not.toContain('old-client');
    expect(await env.DB.prepare("SELECT 1 FROM registration_claims WHERE admin_token_hash = 'cronhash'").first()).toBeNull();
  });
});
