/**
 * The Trophée de la qualité de l'accueil's ranking of one category, from the D1 audit tallies: the
 * one function its ranking, palmarès and focus come from. Only candidates (approved registrations)
 * with at least MIN_AUDITS_RANKED audits over at least MIN_CHANNELS_RANKED channels are ranked, by
 * their audits' overall score out of 10 (to the hundredth, as published). Between equal scores the
 * territory with more audits comes first: its score rests on more visits. Equal on both, they share
 * the rank (1, 2, 2, 4) and are listed by name.
 * @module
 */
import { auditFigure, MIN_AUDITS_RANKED, MIN_CHANNELS_RANKED, type AccueilRanking, type AccueilRankedTerritory } from '../../../survey/audits.js';
import type { Territory } from '../../../survey/results.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import type { AuditRankingRow } from '../db/audit-rankings.js';
import { focusStatus, place } from './ranking.js';

/** A ranked territory before its progression and the citizens' score are known. */
export type AccueilRanked = Omit<AccueilRankedTerritory, 'previous' | 'citizens'>;

export interface AccueilCategoryRanking {
  ranked: AccueilRanked[];
  /** Candidates audited but under the minimum of audits or channels. */
  belowMinimum: number;
  /** Every row by territory id, for the focus. */
  rows: Map<string, { row: AuditRankingRow; place: Territory }>;
}

/** The audits' overall mean out of 10, to the hundredth, from a tally in hundredths (null without audits). */
export const auditScore = (audits: number, centi: number): number | null => (audits > 0 ? Math.round(centi / audits) / 100 : null);

/** Ranks the rows of one category; `withdrawn` territories (a published palmarès) are left out. */
export function rankAccueil(rows: readonly AuditRankingRow[], withdrawn: ReadonlySet<string> = new Set()): AccueilCategoryRanking {
  const known = new Map<string, { row: AuditRankingRow; place: Territory }>();
  for (const row of rows) {
    const territory = findTerritory(row.territory_id);
    if (territory) known.set(row.territory_id, { row, place: territory });
  }
  const candidates = [...known.values()].filter(({ row }) => row.candidate === 1 && row.audits > 0 && !withdrawn.has(row.territory_id));
  const eligible = candidates
    .filter(({ row }) => row.audits >= MIN_AUDITS_RANKED && row.channels >= MIN_CHANNELS_RANKED)
    .map((entry) => ({ ...entry, score: auditScore(entry.row.audits, entry.row.score_centi) ?? 0 }))
    .sort((a, b) => b.score - a.score || b.row.audits - a.row.audits || a.place.name.localeCompare(b.place.name, 'fr'));
  let position = 0;
  const ranked = eligible.map((entry, index): AccueilRanked => {
    const before = eligible[index - 1];
    if (!before || before.score !== entry.score || before.row.audits !== entry.row.audits) position = index + 1;
    return { rank: position, territory: place(entry.place), audits: entry.row.audits, channels: entry.row.channels, score: entry.score };
  });
  return { ranked, belowMinimum: candidates.length - eligible.length, rows: known };
}

/** Where one territory stands in a category's ranking. Its score is shown only from MIN_AUDITS audits, as everywhere. */
export function accueilFocus(
  id: string,
  ranking: { territories: readonly AccueilRanked[]; withdrawn: readonly { territory: { id: string } }[] },
  rows: AccueilCategoryRanking['rows'],
): AccueilRanking['focus'] {
  const territory = findTerritory(id);
  if (!territory) return null;
  const entry = rows.get(id);
  const ranked = ranking.territories.find((candidate) => candidate.territory.id === id);
  // Ranked in a published palmarès: its figures as published, not as later audits moved them.
  const audits = ranked?.audits ?? entry?.row.audits ?? 0;
  return {
    territory: place(territory),
    status: focusStatus(ranking, id, entry?.row.candidate === 1),
    rank: ranked?.rank ?? null,
    audits,
    channels: ranked?.channels ?? entry?.row.channels ?? 0,
    score: ranked ? ranked.score : auditFigure(audits, entry?.row.score_centi ?? 0).score,
  };
}
