/**
 * One client stuffing a territory's ballot box: hundreds of answers in a minute from one address.
 * The Worker must refuse them with 429 and Retry-After past the limit, count at most the daily cap
 * of one respondent (the client is one respondent), keep the refusals, flags and capped answers out
 * of the figures, and show them in the territory's results.
 * @module
 */
import type { Answer } from '../../survey/response.js';
import { pool, send, type Tally } from './http-check.js';

export interface AbuseFigures {
  attempts: number;
  accepted: number;
  refused429: number;
  retryAfterPresent: number;
  resultsRefused: number;
  resultsFlagged: number;
  /** Accepted past the respondent's daily cap: kept, left out of the figures. */
  resultsCapped: number;
  countedForTrophy: number;
}

const answer = (territory: string): Answer => ({
  id: crypto.randomUUID(),
  questionnaire: 'v1',
  territory: territory as Answer['territory'],
  service: 'mairie',
  overall: 'tres-bien',
});

export async function stuffBallotBox(url: string, territory: string, attempts: number, tally: Tally): Promise<AbuseFigures> {
  const figures: AbuseFigures = {
    attempts,
    accepted: 0,
    refused429: 0,
    retryAfterPresent: 0,
    resultsRefused: 0,
    resultsFlagged: 0,
    resultsCapped: 0,
    countedForTrophy: 0,
  };
  await pool(
    Array.from({ length: attempts }, () => answer(territory)),
    5,
    async (item) => {
      const response = await fetch(`${url}/v1/responses`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(item) });
      tally.requests += 1;
      if (response.status >= 500) tally.serverErrors += 1;
      if (response.headers.get('set-cookie')) tally.cookies += 1;
      if (response.status === 200) figures.accepted += 1;
      if (response.status === 429) {
        figures.refused429 += 1;
        if (Number(response.headers.get('retry-after')) > 0) figures.retryAfterPresent += 1;
      }
      await response.arrayBuffer();
    },
  );
  const results = (await send(`${url}/v1/territories/${territory}/results`, {}, tally)).body as {
    data: { answers: number; excluded: { refused: number; flagged: number; capped: number } };
  };
  figures.resultsRefused = results.data.excluded.refused;
  figures.resultsFlagged = results.data.excluded.flagged;
  figures.resultsCapped = results.data.excluded.capped;
  figures.countedForTrophy = results.data.answers;
  return figures;
}
