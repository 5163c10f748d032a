/**
 * The Trophée's ranking of one category, from the D1 participation rows: the one function every
 * ranking, palmarès and review figure comes from. Only candidates (approved registrations) with at
 * least the minimum respondents are ranked, by respondents per 1,000 inhabitants; ties share a rank
 * (1, 2, 2, 4).
 * @module
 */
import { MIN_RESPONDENTS, participationRate, suspicions } from '../../../survey/participation.js';
import type { Territory } from '../../../survey/results.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { categoryOf, type RankedTerritory, type RankingFocus } from '../../../survey/trophy.js';
import type { ParticipationRow } from '../db/summaries.js';

/** A ranked territory before its progression is known. */
export type Ranked = Omit<RankedTerritory, 'previous'>;

export interface CategoryRanking {
  ranked: Ranked[];
  /** Candidates under the minimum of respondents. */
  belowMinimum: number;
  /** Every row by territory id, for the focus and the review. */
  rows: Map<string, { row: ParticipationRow; place: Territory }>;
}

/** A territory as both Trophées list it. */
export function place(territory: Territory): Ranked['territory'] {
  const { id, name, population, departement } = territory;
  return { id, name, population, departement };
}

/** The withdrawals of a category as a published palmarès lists them: a withdrawal of another category is left to that one. */
export function withdrawnIn(
  withdrawn: readonly { id: string; reason: string }[],
  rows: ReadonlyMap<string, { place: Territory }>,
  category: string,
): { territory: Ranked['territory']; reason: string }[] {
  return withdrawn.flatMap(({ id, reason }) => {
    const territory = rows.get(id)?.place ?? findTerritory(id);
    return territory && categoryOf(territory.kind, territory.population) === category ? [{ territory: place(territory), reason }] : [];
  });
}

/** Where a territory stands in either Trophée's ranking: ranked, withdrawn, a candidate below the minimum, or not a candidate. */
export function focusStatus(
  ranking: { territories: readonly { territory: { id: string } }[]; withdrawn: readonly { territory: { id: string } }[] },
  id: string,
  candidate: boolean,
): RankingFocus['status'] {
  if (ranking.territories.some((entry) => entry.territory.id === id)) return 'ranked';
  if (ranking.withdrawn.some((withdrawal) => withdrawal.territory.id === id)) return 'withdrawn';
  return candidate ? 'below-minimum' : 'not-candidate';
}

/** Ranks the rows of one category; `withdrawn` territories (a published palmarès) are left out. */
export function rankCategory(rows: readonly ParticipationRow[], withdrawn: ReadonlySet<string> = new Set()): CategoryRanking {
  const known = new Map<string, { row: ParticipationRow; place: Territory }>();
  for (const row of rows) {
    const territory = findTerritory(row.territory_id);
    if (territory) known.set(row.territory_id, { row, place: territory });
  }
  const candidates = [...known.values()].filter(({ row }) => row.candidate === 1 && !withdrawn.has(row.territory_id));
  const eligible = candidates
    .filter(({ row }) => row.respondents >= MIN_RESPONDENTS && row.population > 0)
    .map((entry) => ({ ...entry, rate: participationRate(entry.row.respondents, entry.row.population) ?? 0 }))
    .sort((a, b) => b.rate - a.rate || b.row.respondents - a.row.respondents || a.place.name.localeCompare(b.place.name, 'fr'));
  let previousRate: number | undefined;
  let position = 0;
  const ranked = eligible.map((entry, index): Ranked => {
    if (entry.rate !== previousRate) position = index + 1;
    previousRate = entry.rate;
    const { row } = entry;
    return {
      rank: position,
      territory: place(entry.place),
      respondents: row.respondents,
      answers: row.answers,
      flagged: row.flagged,
      refused: row.refused,
      capped: row.capped,
      rate: entry.rate,
    };
  });
  return { ranked, belowMinimum: candidates.length - eligible.length, rows: known };
}

/** Where one territory stands in a category's ranking, and what it lacks. */
export function focusOf(
  id: string,
  ranking: { territories: readonly Ranked[]; withdrawn: readonly { territory: { id: string } }[] },
  rows: CategoryRanking['rows'],
): RankingFocus | null {
  const territory = findTerritory(id);
  if (!territory) return null;
  const entry = rows.get(id);
  const respondents = entry?.row.respondents ?? 0;
  const rate = participationRate(respondents, territory.population);
  const ranked = ranking.territories.find((candidate) => candidate.territory.id === id);
  return {
    territory: place(territory),
    status: focusStatus(ranking, id, entry?.row.candidate === 1),
    rank: ranked?.rank ?? null,
    respondents,
    rate,
    missing: ranked ? 0 : Math.max(0, MIN_RESPONDENTS - respondents),
  };
}

/** What the team's review shows of one territory: its evidence and the patterns it matches. */
export function reviewOf(entry: { row: ParticipationRow; place: Territory }) {
  const { row } = entry;
  const evidence = {
    population: row.population,
    answers: row.answers,
    respondents: row.respondents,
    capped: row.capped,
    flagged: row.flagged,
    refused: row.refused,
    withoutOrigin: row.without_origin,
    peakDay: row.peak_day,
  };
  return {
    territory: place(entry.place),
    candidate: row.candidate === 1,
    // Kiosk answers are each their own respondent (answers/kiosk-answers.ts): a high share is worth a look, not a suspicion.
    evidence: {
      ...evidence,
      rate: participationRate(row.respondents, row.population),
      kioskShare: row.answers > 0 ? Math.round((row.kiosk / row.answers) * 10_000) / 10_000 : null,
    },
    suspicions: suspicions(evidence),
  };
}
