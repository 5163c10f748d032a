/**
 * The report's content, from the API's replies alone: key figures, the comparison with the
 * département and the nation with what is significant, the trend, the services compared, the
 * strengths and the points to improve as short plain-French sentences, and the themes of the
 * comments. Pure functions: the PDF (report-pdf.ts) and the HTML page (demo/src/report/) print
 * the same content, so they cannot disagree.
 *
 * Rules the sentences keep: a suppressed figure (fewer than MIN_ANSWERS answers) is never printed
 * nor used in a sentence (« données insuffisantes »); only a meaningful difference
 * (survey/significance.ts) is called above or below; French typography (typeset()) is applied to
 * every sentence, and the tests check each with survey/typography.ts.
 * @module
 */
import type { Benchmarks } from '../../../survey/benchmarks.js';
import { CRITERIA, SERVICE_LABELS_FR, type Criterion } from '../../../survey/questionnaire.js';
import type { Results, Territory } from '../../../survey/results.js';
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import { compareRates, SIGNIFICANCE_EXPLANATION_FR, type Difference } from '../../../survey/significance.js';
import { sourceLabelFr } from '../../../survey/sources.js';
import { ANSWERS_PER_RESPONDENT_PER_DAY } from '../../../survey/participation.js';
import { count, INSUFFICIENT, longDate, percent, perThousand, points, score } from './format.js';
import type { ReportData } from './report-data.js';
import type { ReportPeriod } from './report-period.js';

export type IndicatorId = 'overall' | Criterion;
export const INDICATORS: readonly IndicatorId[] = ['overall', ...CRITERIA];

/** How a sentence names an indicator: its subject with the article, and whether the verb is plural. */
export const INDICATOR_NAMES: Record<IndicatorId, { label: string; subject: string; plural: boolean }> = {
  overall: { label: 'Satisfaction générale', subject: 'La satisfaction générale', plural: false },
  accessibilite: { label: 'Accessibilité du service', subject: 'L’accessibilité du service', plural: false },
  accueil: { label: 'Accueil et courtoisie', subject: 'L’accueil', plural: false },
  attente: { label: 'Temps d’attente', subject: 'Le temps d’attente', plural: false },
  efficacite: { label: 'Efficacité', subject: 'L’efficacité', plural: false },
  'en-ligne': { label: 'Démarches en ligne', subject: 'Les démarches en ligne', plural: true },
};

/** French spacing: a narrow no-break space before « : ; ? ! » », « % » and after « « », whatever was typed. */
export function typeset(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]?([:;?!»])(?=\s|$|[.,)])/gu, '\u202f$1')
    .replace(/«[ \u00a0\u202f]?/gu, '«\u202f')
    .replace(/(\d)[ \u00a0]%/gu, '$1\u202f%');
}

/** A difference as the report shows it: a marker and words, never colour alone. */
export const DIFFERENCE_WORDS: Readonly<Record<Difference, { marker: string; words: string }>> = {
  higher: { marker: '▲', words: 'au-dessus' },
  lower: { marker: '▼', words: 'en\u00a0dessous' },
  same: { marker: '=', words: 'comparable' },
};
export const differenceText = (difference: Difference | null) =>
  difference === null ? '—' : `${DIFFERENCE_WORDS[difference].marker}\u00a0${DIFFERENCE_WORDS[difference].words}`;

export interface Figure {
  n: number;
  rate: number | null;
  score: number | null;
}

export interface ComparisonRow {
  indicator: IndicatorId;
  label: string;
  territory: Figure & { interval: { low: number; high: number } | null };
  departement: Figure | null;
  national: Figure | null;
  vsDepartement: Difference | null;
  vsNational: Difference | null;
}

export interface ServiceRow {
  service: string;
  label: string;
  answers: number;
  territory: Figure;
  departement: Figure;
  national: Figure;
  vsDepartement: Difference | null;
  vsNational: Difference | null;
}

export interface ReportContent {
  territory: Territory;
  departementName: string;
  period: ReportPeriod;
  previousPeriod: ReportPeriod;
  /** The day the report was made, in words. */
  madeOn: string;
  /** Why the report says little (too few answers), or null. */
  notice: string | null;
  keyFigures: { label: string; value: string }[];
  sources: { label: string; answers: number; share: string }[];
  comparison: ComparisonRow[];
  trend: { sentences: string[]; months: { month: string; answers: number; rate: number | null }[] };
  services: { rows: ServiceRow[]; sentences: string[] };
  strengths: string[];
  improvements: string[];
  themes: { comments: number; terms: { term: string; comments: number }[]; note: string };
  methods: string[];
}

const plural = (value: number, one: string, many: string) => `${count(value)} ${Math.abs(value) >= 2 ? many : one}`;

/** A summary figure's sums for the significance rule: satisfied answers back from the published rate. */
const sums = (figure: Figure) => ({ n: figure.n, scoreSum: (figure.score ?? 0) * figure.n, satisfied: Math.round((figure.rate ?? 0) * figure.n) });
const published = (figure: Figure | null): figure is Figure & { rate: number } => figure !== null && figure.rate !== null && figure.n >= MIN_ANSWERS;
const compare = (territory: Figure, reference: Figure | null) =>
  published(territory) && published(reference) ? compareRates(sums(territory), sums(reference)) : null;

function comparisonRows(results: Results, benchmarks: Benchmarks): ComparisonRow[] {
  return INDICATORS.map((indicator) => {
    const own = indicator === 'overall' ? results.overall : results.criteria[indicator];
    const territory = {
      n: own.n,
      rate: own.suppressed ? null : own.rate,
      score: own.suppressed ? null : own.score,
      interval: own.suppressed ? null : own.interval,
    };
    const reference = (figure: { n: number; rate: number | null; score: number | null; suppressed: boolean } | undefined): Figure | null =>
      figure ? { n: figure.n, rate: figure.suppressed ? null : figure.rate, score: figure.suppressed ? null : figure.score } : null;
    const departement = reference(benchmarks.departement?.indicators[indicator]);
    const national = reference(benchmarks.national.indicators[indicator]);
    return {
      indicator,
      label: INDICATOR_NAMES[indicator].label,
      territory,
      departement,
      national,
      vsDepartement: compare(territory, departement),
      vsNational: compare(territory, national),
    };
  });
}

/** « , au-dessus de la moyenne du département (78 %) »: the département when it can be compared, else the nation. */
function againstReference(row: ComparisonRow): string {
  const [difference, figure, where] =
    row.vsDepartement !== null ? [row.vsDepartement, row.departement, 'du département'] : [row.vsNational, row.national, 'nationale'];
  if (difference === null || !published(figure)) return '';
  if (difference === 'same') return `, un écart avec la moyenne ${where} (${percent(figure.rate)}) qui peut s’expliquer par le hasard`;
  return `, ${difference === 'higher' ? 'au-dessus de' : 'en dessous de'} la moyenne ${where} (${percent(figure.rate)})`;
}

function indicatorSentences(rows: ComparisonRow[]): { strengths: string[]; improvements: string[] } {
  const strengths: string[] = [];
  const improvements: string[] = [];
  const criteria = rows.filter((row) => row.indicator !== 'overall' && row.territory.rate !== null);
  const byRate = [...criteria].sort((a, b) => (b.territory.rate ?? 0) - (a.territory.rate ?? 0));
  const best = byRate[0];
  const worst = byRate.at(-1);
  const named = new Set<ComparisonRow>();
  if (best && worst && best !== worst && (best.territory.rate ?? 0) > (worst.territory.rate ?? 0)) {
    const { subject, plural: many } = INDICATOR_NAMES[best.indicator];
    strengths.push(`${subject} ${many ? 'sont' : 'est'} le point fort : ${percent(best.territory.rate)} de satisfaits${againstReference(best)}.`);
    const worstName = INDICATOR_NAMES[worst.indicator];
    improvements.push(
      `${worstName.subject} ${worstName.plural ? 'sont' : 'est'} le point à améliorer en priorité : ${percent(worst.territory.rate)} de satisfaits${againstReference(worst)}.`,
    );
    named.add(best).add(worst);
  }
  for (const row of rows) {
    if (named.has(row) || !published(row.territory)) continue;
    const [difference, figure, where] =
      row.vsDepartement !== null ? [row.vsDepartement, row.departement, 'du département'] : [row.vsNational, row.national, 'nationale'];
    if (!published(figure) || (difference !== 'higher' && difference !== 'lower')) continue;
    const { subject, plural: many } = INDICATOR_NAMES[row.indicator];
    if (difference === 'higher') {
      strengths.push(
        `${subject} ${many ? 'font' : 'fait'} mieux que la moyenne ${where} : ${percent(row.territory.rate)} de satisfaits contre ${percent(figure.rate)}.`,
      );
    } else {
      improvements.push(
        `${subject} ${many ? 'sont' : 'est'} en dessous de la moyenne ${where} : ${percent(row.territory.rate)} de satisfaits contre ${percent(figure.rate)}.`,
      );
    }
  }
  return { strengths, improvements };
}

function trendSentences(data: ReportData): { sentences: string[]; direction: Difference | null } {
  const { results, previous, previousPeriod } = data;
  const sentences = [`Participation : ${plural(results.answers, 'réponse', 'réponses')}, contre ${count(previous.answers)} sur ${previousPeriod.label}.`];
  if (results.overall.suppressed) {
    sentences.push('La satisfaction ne peut pas être suivie : données insuffisantes sur la période.');
    return { sentences, direction: null };
  }
  if (previous.overall.suppressed) {
    sentences.push(`Pas de comparaison de la satisfaction avec ${previousPeriod.label} : données insuffisantes sur cette période.`);
    return { sentences, direction: null };
  }
  const now = { n: results.overall.n, rate: results.overall.rate, score: results.overall.score };
  const before = { n: previous.overall.n, rate: previous.overall.rate, score: previous.overall.score };
  // Both periods are samples: a change is meaningful only when each period's rate lies outside
  // the other's 95 % interval (the rule of significance.ts applied both ways), so a previous year
  // of five answers cannot make a trend on its own.
  const forward = compare(now, before);
  const backward = compare(before, now);
  const direction = forward === 'higher' && backward === 'lower' ? 'higher' : forward === 'lower' && backward === 'higher' ? 'lower' : 'same';
  const figures = `${percent(now.rate)} de satisfaits contre ${percent(before.rate)} sur ${previousPeriod.label}`;
  const change = points((now.rate ?? 0) - (before.rate ?? 0));
  if (direction === 'higher') sentences.push(`La satisfaction progresse : ${figures} (${change}).`);
  else if (direction === 'lower') sentences.push(`La satisfaction recule : ${figures} (${change}).`);
  else sentences.push(`La satisfaction est stable : ${figures}, un écart qui peut s’expliquer par le hasard.`);
  return { sentences, direction };
}

function serviceRows(data: ReportData): ServiceRow[] {
  const figure = (side: { n: number; rate: number | null; score: number | null; suppressed: boolean }): Figure => ({
    n: side.n,
    rate: side.suppressed ? null : side.rate,
    score: side.suppressed ? null : side.score,
  });
  return data.services.services.map((service) => ({
    service: service.service,
    label: SERVICE_LABELS_FR[service.service],
    answers: service.territory.answers,
    territory: figure(service.territory.indicators.overall),
    departement: figure(service.departement.indicators.overall),
    national: figure(service.national.indicators.overall),
    vsDepartement: service.differences.overall.departement,
    vsNational: service.differences.overall.national,
  }));
}

function serviceSentences(rows: ServiceRow[]): string[] {
  const sentences: string[] = [];
  const compared = rows.filter((row) => published(row.territory));
  const marked = (difference: Difference) =>
    compared
      .map((row) => {
        const [against, reference, where] =
          row.vsDepartement === difference ? [row.vsDepartement, row.departement, 'dans le département'] : [row.vsNational, row.national, 'en France'];
        return against === difference && published(reference) ? { row, reference, where } : null;
      })
      .filter((entry) => entry !== null)
      .sort((a, b) => (difference === 'higher' ? 1 : -1) * ((b.row.territory.rate ?? 0) - (a.row.territory.rate ?? 0)));
  for (const { row, reference, where } of marked('higher')) {
    sentences.push(
      `Le service « ${row.label} » fait mieux que le même service ${where} : ${percent(row.territory.rate)} de satisfaits contre ${percent(reference.rate)}.`,
    );
  }
  for (const { row, reference, where } of marked('lower')) {
    sentences.push(
      `Le service « ${row.label} » est en dessous du même service ${where} : ${percent(row.territory.rate)} de satisfaits contre ${percent(reference.rate)}.`,
    );
  }
  if (rows.length === 0) sentences.push('Aucun service n’a reçu de réponse sur la période.');
  else if (compared.length === 0) sentences.push(`Aucun service ne compte assez de réponses (au moins ${MIN_ANSWERS}) pour être comparé.`);
  else if (sentences.length === 0) sentences.push('Aucun service ne s’écarte nettement de la moyenne du même service dans le département ou en France.');
  return sentences;
}

function keyFigures(results: Results): { label: string; value: string }[] {
  return [
    { label: 'Réponses', value: count(results.answers) },
    { label: 'Personnes ayant répondu', value: results.respondents === null ? '—' : count(results.respondents) },
    { label: 'Participation pour 1\u202f000 habitants', value: perThousand(results.participation) },
    { label: 'Note générale', value: score(results.overall.suppressed ? null : results.overall.score) },
    { label: 'Usagers satisfaits (« Très bien »)', value: percent(results.overall.suppressed ? null : results.overall.rate) },
  ].map(({ label, value }) => ({ label: typeset(label), value }));
}

function sources(results: Results): ReportContent['sources'] {
  const total = Object.values(results.breakdown.sources).reduce((sum, answers) => sum + answers, 0);
  return Object.entries(results.breakdown.sources)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([source, answers]) => ({ label: typeset(sourceLabelFr(source)), answers, share: total > 0 ? percent(answers / total) : '—' }));
}

function methods(results: Results): string[] {
  const excluded = results.excluded.refused + results.excluded.flagged + results.excluded.capped;
  return [
    `Un chiffre qui repose sur moins de ${MIN_ANSWERS} réponses n’est pas publié (« ${INSUFFICIENT} »), pour qu’aucune réponse ne puisse être attribuée à une personne.`,
    'Le taux de satisfaits est la part des réponses « Très bien » à la question générale, et « Satisfait » ou « Très satisfait » pour chaque critère ; la note sur 10 en est la moyenne.',
    'La fourchette à 95 % (intervalle de Wilson) encadre le taux qu’on obtiendrait en interrogeant beaucoup plus d’usagers.',
    SIGNIFICANCE_EXPLANATION_FR,
    `La participation compte des personnes : une connexion un jour donné est une personne, et au plus ${ANSWERS_PER_RESPONDENT_PER_DAY} de ses réponses du jour comptent. Les réponses écartées (envois en rafale, réponses en trop) ne comptent dans aucun chiffre : ${count(excluded)} sur la période.`,
    'L’évolution compare deux échantillons : elle n’est dite en hausse ou en baisse que si le taux de chaque période est en dehors de la fourchette à 95 % de l’autre.',
    'Les moyennes du département et de la France regroupent les réponses de toutes leurs collectivités sur la même période.',
    'Les thèmes des commentaires sont des mots et expressions employés dans au moins 5 commentaires ; aucun commentaire n’est cité.',
  ].map(typeset);
}

function notice(data: ReportData): string | null {
  const { results, period } = data;
  if (!results.overall.suppressed) return null;
  return `${results.answers === 0 ? 'Aucune réponse' : `Seulement ${plural(results.overall.n, 'réponse', 'réponses')}`} à la question générale sur ${period.label} : il en faut au moins ${MIN_ANSWERS} pour publier un chiffre, afin qu’aucune réponse ne puisse être attribuée à une personne. Ce rapport en dit donc peu ; il se remplira avec les réponses.`;
}

export function analyse(data: ReportData, madeOn: Date): ReportContent {
  const comparison = comparisonRows(data.results, data.benchmarks);
  const indicators = indicatorSentences(comparison);
  const trend = trendSentences(data);
  const services = serviceRows(data);
  const strengths = [...indicators.strengths];
  const improvements = [...indicators.improvements];
  if (trend.direction === 'higher') strengths.push(trend.sentences[1] ?? '');
  if (trend.direction === 'lower') improvements.push(trend.sentences[1] ?? '');
  const tooFew = data.results.overall.suppressed;
  if (strengths.length === 0)
    strengths.push(
      tooFew ? 'Trop peu de réponses pour dégager un point fort.' : 'Aucun point ne se détache nettement des moyennes du département et de la France.',
    );
  if (improvements.length === 0)
    improvements.push(
      tooFew
        ? 'Trop peu de réponses pour dégager un point à améliorer.'
        : 'Aucun point n’est nettement en dessous des moyennes du département et de la France.',
    );
  const themes = data.themes.themes;
  return {
    territory: data.results.territory,
    departementName: data.benchmarks.departement?.name ?? data.services.departement.name,
    period: data.period,
    previousPeriod: data.previousPeriod,
    madeOn: longDate(madeOn),
    notice: notice(data) === null ? null : typeset(notice(data) ?? ''),
    keyFigures: keyFigures(data.results),
    sources: sources(data.results),
    comparison,
    trend: {
      sentences: trend.sentences.map(typeset),
      months: data.results.months.map((month) => ({ month: month.month, answers: month.answers, rate: month.overall.suppressed ? null : month.overall.rate })),
    },
    services: { rows: services, sentences: serviceSentences(services).map(typeset) },
    strengths: strengths.map(typeset),
    improvements: improvements.map(typeset),
    themes: {
      comments: data.themes.comments,
      terms: themes.map(({ term, comments }) => ({ term, comments })),
      note: typeset(
        themes.length > 0
          ? `Sur ${plural(data.themes.comments, 'commentaire', 'commentaires')}, les mots et expressions les plus employés, chacun par au moins 5 commentaires.`
          : `Trop peu de commentaires (${count(data.themes.comments)}) pour en dégager des thèmes : un thème doit revenir dans au moins 5 commentaires.`,
      ),
    },
    methods: methods(data.results),
  };
}

/** A figure cell's words: the rate, or « données insuffisantes » (a suppressed figure is never printed). */
export const rateText = (figure: Figure | null) => (figure === null ? '—' : percent(figure.rate));
export const scoreText = (figure: Figure | null) => (figure === null ? '—' : score(figure.score));
export const intervalText = (interval: { low: number; high: number } | null) =>
  interval === null ? '—' : `${percent(interval.low)} à ${percent(interval.high)}`;
/** « mars 2026 », as the dashboard writes a month. */
export { monthName as monthText } from '../../../survey/french-figures.js';
export { percent, count, score };
