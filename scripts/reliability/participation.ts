/**
 * One client cannot win the Trophée. Majastres (commune:04107, 5 inhabitants) and three other small
 * communes of the Alpes-de-Haute-Provence register and are approved; the three are seeded with 25,
 * 30 and 35 respondents (POST /v1/dev/seed counts each answer as its own respondent); then one
 * client floods Majastres as fast as the limits allow, waiting out every 429's Retry-After as a
 * script would, for a bounded time that crosses calendar minutes. Whatever it sends, it is one
 * respondent: at most ANSWERS_PER_RESPONDENT_PER_DAY answers counted, far below MIN_RESPONDENTS.
 * A whole day of flooding is simulated by worker/src/routes/rankings.test.ts on the ledger's clock.
 * @module
 */
import { LOCAL_OPERATOR_TOKEN } from '../../worker/src/local-defaults.js';
import { ANSWERS_PER_RESPONDENT_PER_DAY, MIN_RESPONDENTS } from '../../survey/participation.js';
import type { Answer } from '../../survey/response.js';
import '../../survey/reference-data.js';
import { findTerritory } from '../../survey/territory-directory.js';
import { JSON_HEADERS, retryAfter, send, sleep, type Tally } from './http-check.js';

/** The flooded commune, and the three seeded candidates (no other phase names them). */
export const FLOODED = 'commune:04107';
export const SEEDED = [
  { territory: 'commune:04005', respondents: 25 },
  { territory: 'commune:04007', respondents: 30 },
  { territory: 'commune:04016', respondents: 35 },
] as const;
export const CATEGORY = 'communes-moins-de-2000';

export interface ParticipationFigures {
  seconds: number;
  minutesCrossed: number;
  sent: number;
  accepted: number;
  refused429: number;
  retryAfterPresent: number;
  counted: number;
  capped: number;
  flagged: number;
  refusedInResults: number;
  respondents: number | null;
  year: number;
  ranked: { rank: number; id: string; name: string; population: number; respondents: number; rate: number }[];
  focus: { status: string; respondents: number; missing: number; rank: number | null } | null;
  /** Claims POST /v1/territories accepted from this client (127.0.0.1) on this server today. */
  claims: number;
}

const answer = (territory: string, overall: Answer['overall'] = 'tres-bien'): Answer => ({
  id: crypto.randomUUID(),
  questionnaire: 'v1',
  territory: territory as Answer['territory'],
  service: 'mairie',
  overall,
});
const parisYear = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(new Date()));

export async function oneClientFlood(url: string, floodSeconds: number, tally: Tally, failures: string[]): Promise<ParticipationFigures> {
  const check = (ok: boolean, message: string) => {
    if (!ok) failures.push(`participation: ${message}`);
  };
  const figures: ParticipationFigures = {
    seconds: floodSeconds,
    minutesCrossed: 0,
    sent: 0,
    accepted: 0,
    refused429: 0,
    retryAfterPresent: 0,
    counted: 0,
    capped: 0,
    flagged: 0,
    refusedInResults: 0,
    respondents: null,
    year: parisYear(),
    ranked: [],
    focus: null,
    claims: 0,
  };

  // Four approved candidates.
  for (const territory of [FLOODED, ...SEEDED.map((entry) => entry.territory)]) {
    const slug = territory.replace(':', '-');
    const claimed = await send(
      `${url}/v1/territories`,
      {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ territory, contact: `mairie@${slug}.example.fr`, origins: [`https://www.${slug}.example.fr`] }),
      },
      tally,
    );
    check(claimed.status === 201, `claim on ${territory}: status ${claimed.status}`);
    if (claimed.status !== 201) continue;
    figures.claims += 1;
    const { claim } = (claimed.body as { data: { claim: string } }).data;
    const approved = await send(
      `${url}/v1/registrations/${claim}/approve`,
      { method: 'POST', headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` } },
      tally,
    );
    check(approved.status === 200, `approval of ${territory}: status ${approved.status}`);
  }

  // The three others get their respondents now (each seeded answer is its own respondent).
  const seeded = await send(
    `${url}/v1/dev/seed`,
    {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify({
        at: Date.now(),
        answers: SEEDED.flatMap((entry) => Array.from({ length: entry.respondents }, () => answer(entry.territory, 'moyen'))),
      }),
    },
    tally,
  );
  check(seeded.status === 200, `seeding: status ${seeded.status}`);

  // One client, as fast as the limits let it, for a bounded time.
  const started = Date.now();
  const deadline = started + floodSeconds * 1000;
  while (Date.now() < deadline) {
    const result = await send(`${url}/v1/responses`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(answer(FLOODED)) }, tally);
    figures.sent += 1;
    if (result.problems.length > 0) check(false, `flood: ${result.problems.join('; ')}`);
    if (result.status === 200) figures.accepted += 1;
    else if (result.status === 429) {
      figures.refused429 += 1;
      const wait = retryAfter(result.headers);
      if (wait > 0) figures.retryAfterPresent += 1;
      await sleep(Math.min((wait || 1) * 1000, deadline - Date.now()));
    } else {
      check(false, `flood: status ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
      await sleep(500);
    }
  }
  figures.minutesCrossed = Math.floor(Date.now() / 60_000) - Math.floor(started / 60_000);

  const results = (await send(`${url}/v1/territories/${FLOODED}/results`, {}, tally)).body as {
    data: { answers: number; respondents: number | null; excluded: { refused: number; flagged: number; capped: number } };
  };
  figures.counted = results.data.answers;
  figures.respondents = results.data.respondents;
  figures.capped = results.data.excluded.capped;
  figures.flagged = results.data.excluded.flagged;
  figures.refusedInResults = results.data.excluded.refused;

  // The ranking reads D1's summaries, pushed a moment after the ledger: wait until they are in.
  type Reply = {
    data: {
      territories: { rank: number; territory: { id: string; name: string; population: number }; respondents: number; rate: number }[];
      focus: ParticipationFigures['focus'];
    };
  };
  let ranking: Reply['data'] | null = null;
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const reply = await send(`${url}/v1/rankings/participation?category=${CATEGORY}&year=${figures.year}&territory=${FLOODED}`, {}, tally);
    check(reply.status === 200, `ranking: status ${reply.status}`);
    if (reply.status !== 200) break;
    ranking = (reply.body as Reply).data;
    const complete =
      SEEDED.every((entry) => ranking?.territories.some((row) => row.territory.id === entry.territory && row.respondents === entry.respondents)) &&
      (ranking.focus?.respondents ?? 0) >= 1;
    if (complete) break;
    await sleep(500);
  }
  figures.ranked = (ranking?.territories ?? []).map((row) => ({
    rank: row.rank,
    id: row.territory.id,
    name: row.territory.name,
    population: row.territory.population,
    respondents: row.respondents,
    rate: row.rate,
  }));
  figures.focus = ranking?.focus
    ? { status: ranking.focus.status, respondents: ranking.focus.respondents, missing: ranking.focus.missing, rank: ranking.focus.rank }
    : null;

  const top3 = figures.ranked.filter((row) => row.rank <= 3).map((row) => row.id);
  check(!top3.includes(FLOODED), `${FLOODED} is in the top 3: ${top3.join(', ')}`);
  check(
    SEEDED.every((entry) => top3.includes(entry.territory)),
    `the seeded candidates are not the top 3: ${top3.join(', ')}`,
  );
  check(figures.focus?.status === 'below-minimum', `focus status ${figures.focus?.status} (expected below-minimum)`);
  check(figures.focus?.respondents === 1, `focus respondents ${figures.focus?.respondents} (expected 1)`);
  check(figures.focus?.missing === MIN_RESPONDENTS - 1, `focus missing ${figures.focus?.missing} (expected ${MIN_RESPONDENTS - 1})`);
  check(figures.respondents === 1, `results respondents ${figures.respondents} (expected 1)`);
  check(
    figures.counted <= ANSWERS_PER_RESPONDENT_PER_DAY,
    `${figures.counted} answers counted from one respondent (at most ${ANSWERS_PER_RESPONDENT_PER_DAY})`,
  );
  check(
    figures.accepted === figures.counted + figures.capped + figures.flagged,
    `${figures.accepted} accepted ≠ ${figures.counted} counted + ${figures.capped} capped + ${figures.flagged} flagged`,
  );
  check(figures.retryAfterPresent === figures.refused429, `${figures.refused429 - figures.retryAfterPresent} refusals without Retry-After`);
  check(figures.refusedInResults === figures.refused429, `the results show ${figures.refusedInResults} refused, ${figures.refused429} were`);
  check(figures.refused429 > 0, 'the flood was never refused: the rate limit did not answer');
  check(figures.minutesCrossed >= 1, 'the flood did not cross a calendar minute');
  return figures;
}

/** For the report: a commune's name and population. */
export const placeOf = (id: string) => {
  const place = findTerritory(id);
  return place ? `${place.name} (${id}, ${place.population.toLocaleString('en')} inhabitants)` : id;
};
