/**
 * The words and figures the Trophée de la qualité de l'accueil's table shows, from the contract's
 * types alone: pure, so they are tested in Node.
 * @module
 */
import type { AccueilRanking, AccueilRankedTerritory } from '../../../survey/audits.js';

const NNBSP = '\u202f';

/** A score out of 10 with two decimals, as the ranking orders by it: « 8,53 ». */
export const scoreText = (value: number) => value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Below this gap (in points out of 10, either way) a score is called « stable »: a tenth of a point is one item more or less in one audit. */
export const STABLE_SCORE_GAP = 0.1;

const points = (value: number) => `${scoreText(value)}${NNBSP}point${value >= 2 ? 's' : ''}`;

/** The score against last year's, in words: « en hausse de 0,40 point », « stable (−0,05 point) », « nouvelle au classement ». */
export function scoreProgression(entry: Pick<AccueilRankedTerritory, 'score' | 'previous'>): string {
  if (!entry.previous) return 'nouvelle au classement';
  // Rounded first, so the words and the figure agree.
  const gap = Math.round((entry.score - entry.previous.score) * 100) / 100;
  if (gap >= STABLE_SCORE_GAP) return `en hausse de ${points(gap)}`;
  if (gap <= -STABLE_SCORE_GAP) return `en baisse de ${points(-gap)}`;
  return `stable (${gap > 0 ? '+' : gap < 0 ? '−' : ''}${points(Math.abs(gap))})`;
}

/** What the progression column compares, and what « stable » means: the sentence under the table. */
export function scoreProgressionNote(): string {
  return (
    `Progression${NNBSP}: l’écart entre la note des audits de l’année et celle de l’an dernier, en points sur 10. ` +
    `«${NNBSP}Stable${NNBSP}»${NNBSP}: moins de ${scoreText(STABLE_SCORE_GAP)}${NNBSP}point d’écart, dans un sens ou dans l’autre.`
  );
}

/** Last year's rank when it differs: « 3e l’an dernier », else the empty string. */
export function previousRankText(entry: Pick<AccueilRankedTerritory, 'rank' | 'previous'>): string {
  if (!entry.previous || entry.previous.rank === entry.rank) return '';
  return `${entry.previous.rank === 1 ? '1re' : `${entry.previous.rank}e`} l’an dernier`;
}

/** Where the ranking stands, in a sentence. */
export function accueilStatus(ranking: Pick<AccueilRanking, 'status' | 'publishedAt'>): string {
  if (ranking.status === 'published' && ranking.publishedAt) {
    const day = new Date(ranking.publishedAt).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
    return `Palmarès publié le ${day}, après examen par l’équipe du baromètre.`;
  }
  if (ranking.status === 'awaiting-publication')
    return `En attente de publication${NNBSP}: l’année est terminée, l’équipe du baromètre examine les audits avant de publier le palmarès.`;
  return `Classement provisoire${NNBSP}: il évolue avec chaque audit jusqu’à la fin de l’année.`;
}

/** The table's heading: category, year and how many are ranked. */
export function accueilHeading(ranking: Pick<AccueilRanking, 'label' | 'year' | 'total'>): string {
  return `${ranking.label} — ${ranking.year} (${ranking.total.toLocaleString('fr-FR')} classée${ranking.total > 1 ? 's' : ''})`;
}

type Focus = NonNullable<AccueilRanking['focus']>;

/** Where the territory asked for stands, and what it lacks. */
export function accueilFocusReason(focus: Focus, rules: AccueilRanking['rules']): string {
  switch (focus.status) {
    case 'ranked':
      return `classée ${focus.rank === 1 ? '1re' : `${focus.rank ?? ''}e`}`;
    case 'below-minimum': {
      const audits = Math.max(0, rules.minimumAudits - focus.audits);
      const channels = Math.max(0, rules.minimumChannels - focus.channels);
      const lacks = [
        audits > 0 ? `${audits} audit${audits > 1 ? 's' : ''}` : '',
        channels > 0 ? `${channels} canal${channels > 1 ? 'ux' : ''} audité${channels > 1 ? 's' : ''} de plus` : '',
      ].filter(Boolean);
      return lacks.length > 0
        ? `non classée${NNBSP}: il lui manque ${lacks.join(' et ')} pour atteindre le minimum (${rules.minimumAudits} audits sur ${rules.minimumChannels} canaux)`
        : 'non classée au palmarès tel qu’il a été publié';
    }
    case 'not-candidate':
      return `non classée${NNBSP}: sa candidature (l’inscription de la collectivité) n’est pas validée`;
    case 'withdrawn':
      return 'retirée du palmarès par l’équipe du baromètre';
  }
}

/** What sits under the table: who is ranked, how many are not, and why. */
export function accueilRulesNote(ranking: Pick<AccueilRanking, 'rules' | 'belowMinimum'>): string {
  const { minimumAudits, minimumChannels } = ranking.rules;
  const below = ranking.belowMinimum;
  return (
    `Sont classées les collectivités candidates (inscription validée) qui comptent au moins ${minimumAudits} audits sur au moins ${minimumChannels} canaux dans l’année.` +
    (below > 0
      ? ` ${below.toLocaleString('fr-FR')} candidate${below > 1 ? 's' : ''} auditée${below > 1 ? 's' : ''} sous ce minimum ne ${below > 1 ? 'sont' : 'est'} pas classée${below > 1 ? 's' : ''}.`
      : '')
  );
}
