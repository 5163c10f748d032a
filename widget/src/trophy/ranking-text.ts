/**
 * The words and figures `<barometre-trophee>` shows for a ranking, from the contract's types alone:
 * pure, so they are tested in Node.
 * @module
 */
import type { Ranking, RankedTerritory, RankingFocus } from '../../../survey/trophy.js';
import { count } from '../results/format.js';

/** Respondents per 1,000 inhabitants, always with two decimals: « 12,50 ». */
export const rateText = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Places won or lost since last year: « ↑ 2 places », « stable », « nouveau ». */
export function progression(entry: RankedTerritory): string {
  if (!entry.previous) return 'nouveau';
  const places = entry.previous.rank - entry.rank;
  return places === 0 ? 'stable' : `${places > 0 ? '↑' : '↓'} ${Math.abs(places)} place${Math.abs(places) > 1 ? 's' : ''}`;
}

/** The table's heading: category, year and how many are ranked. */
export function rankingHeading(ranking: Ranking): string {
  return `${ranking.label} — ${ranking.period.from.slice(0, 4)} (${count(ranking.total)} classée${ranking.total > 1 ? 's' : ''})`;
}

/** The territory asked for, when it is not among the rows shown (it then gets a row of its own), or null. */
export function focusApart(ranking: Ranking): RankingFocus | null {
  const focus = ranking.focus;
  return focus && !ranking.territories.some((entry) => entry.territory.id === focus.territory.id) ? focus : null;
}

/** Where the territory asked for stands, and what it lacks. */
export function focusReason(focus: RankingFocus, ranking: Pick<Ranking, 'rules'>): string {
  switch (focus.status) {
    case 'ranked':
      return `classée ${focus.rank ?? ''}e`;
    case 'below-minimum':
      return `non classée : il lui manque ${count(focus.missing)} répondant${focus.missing > 1 ? 's' : ''} pour atteindre le minimum de ${count(ranking.rules.minimumRespondents)}`;
    case 'not-candidate':
      return 'non classée : sa candidature (l’inscription de la collectivité) n’est pas validée';
    case 'withdrawn':
      return 'retirée du palmarès par l’équipe du baromètre';
  }
}

/** What `barometre-certificate` carries for a podium entry. */
export function certificateDetail(entry: RankedTerritory, ranking: Pick<Ranking, 'label' | 'period'>): { entry: RankedTerritory; label: string; year: string } {
  return { entry, label: ranking.label, year: ranking.period.from.slice(0, 4) };
}
