/**
 * The words and figures `<barometre-trophee>` shows for a ranking, from the contract's types alone:
 * pure, so they are tested in Node.
 * @module
 */
import type { Ranking, RankedTerritory, RankingFocus } from '../../../survey/trophy.js';
import { count } from '../results/format.js';

/** Respondents per 1,000 inhabitants, always with two decimals: « 12,50 ». */
export const rateText = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** U+202F, narrow no-break space: between a figure and its unit, as French typesetting (and `toLocaleString`'s thousands) do. */
const NNBSP = '\u202f';

/**
 * Below this gap (in respondents per 1,000 inhabitants, either way) a rate is called « stable »:
 * half a point is within what a few respondents more or less make in a small commune.
 */
export const STABLE_THRESHOLD = 0.5;

/** A figure with exactly one decimal, in French: « 8,7 », « 1 234,0 ». */
const oneDecimal = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** « 1,2 point », « 8,7 points »: French takes the plural from 2. */
const points = (value: number) => `${oneDecimal(value)}${NNBSP}point${value >= 2 ? 's' : ''}`;

/**
 * The rate against last year's, in words, one decimal everywhere: « en hausse de 8,7 points »,
 * « en baisse de 1,2 point », « stable (+0,3 point) », « nouvelle au classement ».
 */
export function progression(entry: Pick<RankedTerritory, 'rate' | 'previous'>): string {
  if (!entry.previous) return 'nouvelle au classement';
  // Rounded first, so the words and the figure always agree (a 0.04 gap is « stable (0,0 point) »).
  const gap = Math.round((entry.rate - entry.previous.rate) * 10) / 10;
  if (gap >= STABLE_THRESHOLD) return `en hausse de ${points(gap)}`;
  if (gap <= -STABLE_THRESHOLD) return `en baisse de ${points(-gap)}`;
  return `stable (${gap > 0 ? '+' : gap < 0 ? '−' : ''}${points(Math.abs(gap))})`;
}

/** Last year's rank when it differs from this year's: « 3e l’an dernier », else the empty string. */
export function previousRank(entry: Pick<RankedTerritory, 'rank' | 'previous'>): string {
  if (!entry.previous || entry.previous.rank === entry.rank) return '';
  return `${entry.previous.rank === 1 ? '1re' : `${entry.previous.rank}e`} l’an dernier`;
}

/** What the progression column compares, and what « stable » means: the sentence under the table. */
export function progressionNote(): string {
  return (
    'Progression\u202f: l’écart entre le nombre de répondants pour 1' +
    NNBSP +
    '000 habitants de la période et celui de la même période un an plus tôt, ' +
    `en points. «\u202fStable\u202f»\u202f: moins de ${oneDecimal(STABLE_THRESHOLD)}${NNBSP}point d’écart, dans un sens ou dans l’autre.`
  );
}

/**
 * A territory's name with its département, so homonyms are told apart: « Saint-Denis (93) »,
 * « Saint-Denis (974) ». An intercommunalité over several départements has none: its name alone.
 */
export function placeName(place: Pick<RankedTerritory['territory'], 'name' | 'departement'>): string {
  return place.departement ? `${place.name} (${place.departement})` : place.name;
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
      return `non classée\u202f: il lui manque ${count(focus.missing)} répondant${focus.missing > 1 ? 's' : ''} pour atteindre le minimum de ${count(ranking.rules.minimumRespondents)}`;
    case 'not-candidate':
      return 'non classée\u202f: sa candidature (l’inscription de la collectivité) n’est pas validée';
    case 'withdrawn':
      return 'retirée du palmarès par l’équipe du baromètre';
  }
}

/** What `barometre-certificate` carries for a podium entry: the place and the date it is issued at, too. */
export interface CertificateDetail {
  entry: RankedTerritory;
  label: string;
  year: string;
  /** When the palmarès was published (ISO 8601): the certificate's date. */
  publishedAt: string | null;
  /** Who issues it and from which town, when the instance declares them. */
  issuer: { name: string | null; place: string | null };
}

export function certificateDetail(entry: RankedTerritory, ranking: Pick<Ranking, 'label' | 'period' | 'publishedAt' | 'issuer'>): CertificateDetail {
  return {
    entry,
    label: ranking.label,
    year: ranking.period.from.slice(0, 4),
    publishedAt: ranking.publishedAt,
    issuer: ranking.issuer ?? { name: null, place: null },
  };
}
