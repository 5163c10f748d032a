/**
 * The audit report's content, from the API's replies alone: the auditors' scores per criterion and
 * per channel against the département and France, the items of the grid most often failed (only
 * with the item detail, which the territory's admin token unlocks), the citizens' scores beside
 * the auditors', and the method. Pure functions: the PDF (audit-pdf.ts) prints this content.
 *
 * Rules the sentences keep, like the analysis report's (analysis.ts): a figure resting on fewer
 * than MIN_AUDITS audits is never printed nor used in a sentence (« moins de 3 audits »), nor an
 * item counted in fewer audits; French typography (typeset()) is applied to every sentence, and
 * the tests check each with survey/typography.ts. Audits have no margin of error the way the
 * citizens' rates do, so a gap with the département is only called one from NOTABLE_GAP points out
 * of 10, and one with the citizens from DISAGREEMENT_POINTS, as the dashboard says it.
 * @module
 */
import { AUDIT_CHANNEL_LABELS_FR, AUDIT_CHANNELS, AUDIT_GRID_V1, type AuditChannel } from '../../../survey/audit-grid.js';
import { compareLine, DISAGREEMENT_POINTS } from '../../../survey/audit-comparison.js';
import { MIN_AUDITS, type AuditFigure, type AuditItemFigure } from '../../../survey/audits.js';
import { CRITERIA, CRITERION_LABELS_FR, type Criterion } from '../../../survey/questionnaire.js';
import type { Territory } from '../../../survey/results.js';
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import { INDICATOR_NAMES, typeset } from './analysis.js';
import type { AuditReportData } from './audit-data.js';
import { count, INSUFFICIENT, longDate, percent, score } from './format.js';

/** What a suppressed audit figure prints instead of its score. */
export const TOO_FEW_AUDITS = `moins de ${MIN_AUDITS} audits`;
/** What the public report says in place of the items most often failed. */
export const DETAIL_RESERVED = 'Détail par point réservé à la collectivité';
/**
 * A gap, in points out of 10, from which the territory's audits are said to be above or below the
 * département's: audits against audits, one grid, so a point is worth saying. The auditors against
 * the citizens (two different measures) use the dashboard's DISAGREEMENT_POINTS instead.
 */
export const NOTABLE_GAP = 1;
/** Items listed among the most often failed, at most. */
export const FAILED_ITEMS_SHOWN = 10;

/** An audit figure's words: its score out of 10, or « moins de 3 audits » (a suppressed figure is never printed). */
export const auditScoreText = (figure: AuditFigure) => (figure.suppressed || figure.score === null ? TOO_FEW_AUDITS : score(figure.score));
/** The citizens' score's words, or « données insuffisantes ». */
export const citizensScoreText = (figure: CitizensFigure) => score(figure.score);

const published = (figure: AuditFigure): figure is AuditFigure & { score: number } => !figure.suppressed && figure.score !== null;

export interface CitizensFigure {
  n: number;
  /** Out of 10, null when suppressed (fewer than MIN_ANSWERS answers). */
  score: number | null;
}

export interface AuditCriterionRow {
  criterion: Criterion | 'overall';
  label: string;
  territory: AuditFigure;
  departement: AuditFigure;
  france: AuditFigure;
  citizens: CitizensFigure;
}

export interface AuditChannelRow {
  channel: AuditChannel;
  label: string;
  overall: AuditFigure;
}

export interface FailedItem {
  channel: AuditChannel;
  channelLabel: string;
  item: string;
  label: string;
  criterionLabel: string;
  counted: number;
  /** Share of the item met, 0–1. */
  met: number;
  /** For a measured item, its mean value in words (« 14 minutes »), else null. */
  meanValue: string | null;
}

export interface AuditReportContent {
  territory: Territory;
  departementName: string;
  year: number;
  grid: string;
  madeOn: string;
  /** Why the report says little (too few audits), or null. */
  notice: string | null;
  keyFigures: { label: string; value: string }[];
  /** The overall row first, then the five criteria. */
  criteria: AuditCriterionRow[];
  channels: AuditChannelRow[];
  findings: string[];
  citizens: string[];
  /** The items most often failed: null when the reply has no detail (the public report). */
  items: { rows: FailedItem[]; note: string } | null;
  methods: string[];
}

/** « l’accueil », « les démarches en ligne »: a criterion inside a sentence. */
const inSentence = (criterion: Criterion | 'overall') => {
  const subject = INDICATOR_NAMES[criterion].subject;
  return subject.charAt(0).toLowerCase() + subject.slice(1);
};

/** « aux visites sur place »: a channel after « à ». */
const TO_CHANNEL: Readonly<Record<AuditChannel, string>> = {
  'accueil-physique': 'aux visites sur place',
  telephone: 'aux appels téléphoniques',
  courriel: 'aux courriels et formulaires',
  courrier: 'aux lettres',
  'site-internet': 'au site internet',
};

/** « est notée »: the participle agrees with the criterion's subject (l’accessibilité, les démarches…). */
const RATED: Readonly<Record<Criterion, string>> = {
  accessibilite: 'est notée',
  accueil: 'est noté',
  attente: 'est noté',
  efficacite: 'est notée',
  'en-ligne': 'sont notées',
};

const plural = (value: number, one: string, many: string) => `${count(value)} ${Math.abs(value) >= 2 ? many : one}`;
const none: AuditFigure = { audits: 0, score: null, suppressed: true };

function criterionRows(data: AuditReportData): AuditCriterionRow[] {
  const { audits, citizens } = data;
  const find = (figures: typeof audits.figures, criterion: Criterion) => figures.criteria.find((figure) => figure.criterion === criterion) ?? none;
  const citizensOf = (figure: { n: number; score: number | null; suppressed: boolean }): CitizensFigure => ({
    n: figure.n,
    score: figure.suppressed ? null : figure.score,
  });
  return [
    {
      criterion: 'overall',
      label: 'Note globale',
      territory: audits.figures.overall,
      departement: audits.references.departement.overall,
      france: audits.references.france.overall,
      citizens: citizensOf(citizens.overall),
    },
    ...CRITERIA.map((criterion) => ({
      criterion,
      label: CRITERION_LABELS_FR[criterion],
      territory: find(audits.figures, criterion),
      departement: find(audits.references.departement, criterion),
      france: find(audits.references.france, criterion),
      citizens: citizensOf(citizens.criteria[criterion]),
    })),
  ];
}

function channelRows(data: AuditReportData): AuditChannelRow[] {
  return AUDIT_CHANNELS.flatMap((channel) => {
    const figures = data.audits.channels.find((entry) => entry.channel === channel);
    return figures && figures.overall.audits > 0 ? [{ channel, label: AUDIT_CHANNEL_LABELS_FR[channel], overall: figures.overall }] : [];
  });
}

/** « , contre 6,9 / 10 dans le département et 7 / 10 en France »: only the references that are published. */
function againstReferences(row: AuditCriterionRow): string {
  const references = [
    published(row.departement) ? `${score(row.departement.score)} dans le département` : null,
    published(row.france) ? `${score(row.france.score)} en France` : null,
  ].filter((part) => part !== null);
  return references.length > 0 ? `, contre ${references.join(' et ')}` : '';
}

function findings(overall: AuditCriterionRow, criteria: AuditCriterionRow[], channels: AuditChannelRow[]): string[] {
  if (!published(overall.territory)) return ['Trop peu d’audits pour dégager un point fort ou un point faible.'];
  const sentences = [
    `Note globale des audits : ${score(overall.territory.score)} sur ${plural(overall.territory.audits, 'audit', 'audits')}${againstReferences(overall)}.`,
  ];
  const scored = criteria.filter((row) => published(row.territory)).sort((a, b) => (b.territory.score ?? 0) - (a.territory.score ?? 0));
  const best = scored[0];
  const worst = scored.at(-1);
  if (best && worst && (best.territory.score ?? 0) > (worst.territory.score ?? 0)) {
    sentences.push(
      `Le critère le mieux noté par les auditeurs est ${inSentence(best.criterion)} (${score(best.territory.score)}) ; le moins bien noté, ${inSentence(worst.criterion)} (${score(worst.territory.score)}).`,
    );
  }
  for (const row of scored) {
    if (!published(row.departement)) continue;
    const gap = (row.territory.score ?? 0) - row.departement.score;
    if (Math.abs(gap) < NOTABLE_GAP) continue;
    const criterion = row.criterion as Criterion;
    sentences.push(
      `${INDICATOR_NAMES[criterion].subject} ${RATED[criterion]} ${gap > 0 ? 'au-dessus' : 'en dessous'} de la moyenne du département : ${score(row.territory.score)} contre ${score(row.departement.score)}.`,
    );
  }
  const byScore = channels.filter((row) => published(row.overall)).sort((a, b) => (b.overall.score ?? 0) - (a.overall.score ?? 0));
  const top = byScore[0];
  const bottom = byScore.at(-1);
  if (top && bottom && (top.overall.score ?? 0) > (bottom.overall.score ?? 0)) {
    sentences.push(
      `Par canal, la meilleure note va ${TO_CHANNEL[top.channel]} (${score(top.overall.score)}), la plus basse ${TO_CHANNEL[bottom.channel]} (${score(bottom.overall.score)}).`,
    );
  }
  return sentences;
}

/** The auditors beside the citizens, criterion by criterion, with the dashboard's verdicts (survey/audit-comparison.ts). */
function citizensSentences(criteria: AuditCriterionRow[]): string[] {
  const lines = criteria
    .filter((row) => row.criterion !== 'overall')
    .map((row) => ({ row, line: compareLine(row.criterion, row.territory, { ...row.citizens, suppressed: row.citizens.score === null }, MIN_AUDITS) }))
    .filter(({ line }) => line.verdict !== 'not-comparable');
  if (lines.length === 0) {
    return [`Pas de comparaison possible avec les usagers : il faut, sur un même critère, au moins ${MIN_AUDITS} audits et ${MIN_ANSWERS} réponses d’usagers.`];
  }
  const sentences: string[] = [];
  const close: string[] = [];
  for (const { row, line } of lines) {
    if (line.verdict === 'agree') close.push(inSentence(row.criterion));
    else
      sentences.push(
        `Sur ${inSentence(row.criterion)}, les auditeurs notent ${line.verdict === 'auditors-higher' ? 'plus favorablement' : 'plus sévèrement'} que les usagers : ${score(row.territory.score)} contre ${score(row.citizens.score)}.`,
      );
  }
  if (close.length > 0) {
    const listed = close.length === 1 ? close[0] : `${close.slice(0, -1).join(', ')} et ${close.at(-1)}`;
    sentences.push(`Sur ${listed}, auditeurs et usagers sont à moins de ${DISAGREEMENT_POINTS} points d’écart.`);
  }
  return sentences;
}

const UNITS: Readonly<Record<string, string>> = { sonneries: 'sonneries', minutes: 'minutes', 'jours ouvrés': 'jours ouvrés' };

function meanValueText(figure: AuditItemFigure): string | null {
  const item = AUDIT_GRID_V1[figure.channel].find((candidate) => candidate.id === figure.item);
  if (figure.meanValue === null || item?.kind !== 'measure') return null;
  return `${figure.meanValue.toLocaleString('fr-FR', { maximumFractionDigits: 1 })} ${UNITS[item.unit] ?? item.unit}`;
}

/** The items met least often, each counted in at least MIN_AUDITS audits (fewer would point at one visit). */
function failedItems(items: readonly AuditItemFigure[]): FailedItem[] {
  return items
    .filter((item): item is AuditItemFigure & { met: number } => item.met !== null && item.met < 1 && item.counted >= MIN_AUDITS)
    .sort((a, b) => a.met - b.met || b.counted - a.counted || a.label.localeCompare(b.label, 'fr'))
    .slice(0, FAILED_ITEMS_SHOWN)
    .map((item) => ({
      channel: item.channel,
      channelLabel: AUDIT_CHANNEL_LABELS_FR[item.channel],
      item: item.item,
      label: item.label,
      criterionLabel: CRITERION_LABELS_FR[item.criterion],
      counted: item.counted,
      met: item.met,
      meanValue: meanValueText(item),
    }));
}

function itemsNote(rows: FailedItem[]): string {
  const first = rows[0];
  if (!first) return `Aucun point de la grille observé dans au moins ${MIN_AUDITS} audits n’a été manqué.`;
  const how =
    first.meanValue === null
      ? `respecté dans ${percent(first.met)} des ${count(first.counted)} audits`
      : `engagement tenu à ${percent(first.met)} sur ${count(first.counted)} audits, en moyenne ${first.meanValue}`;
  return `Le point le plus souvent manqué : « ${first.label} » (${first.channelLabel.toLowerCase()}), ${how}. La liste ne retient que les points observés dans au moins ${MIN_AUDITS} audits.`;
}

function methods(data: AuditReportData): string[] {
  const channels = AUDIT_CHANNELS.map((channel) => AUDIT_CHANNEL_LABELS_FR[channel].toLowerCase()).join(', ');
  return [
    `Les audits suivent la grille ${data.audits.grid}, une par canal (${channels}), écrite d’après les engagements d’accueil que publie l’administration (référentiel Marianne, Services Publics+). Chaque point est rattaché à l’un des cinq critères que notent les usagers.`,
    'Un point observé vaut 1 s’il est respecté, 0 sinon ; une durée mesurée vaut 1 jusqu’à l’engagement, ½ jusqu’à la tolérance, 0 au-delà. Un point « non applicable » ne compte pas.',
    `La note d’un critère sur 10 est la moyenne de ses points multipliée par 10 ; la note globale d’un audit est la moyenne de ses critères, et celle de la collectivité la moyenne de ses audits. ${score(10)} : tous les points respectés à chaque audit.`,
    `Un chiffre qui repose sur moins de ${MIN_AUDITS} audits n’est pas publié (« ${TOO_FEW_AUDITS} ») : un audit, c’est un agent un jour donné. Les audits ne nomment aucun agent.`,
    `La note des usagers est la moyenne sur 10 de leurs réponses de l’année sur le même critère (au moins ${MIN_ANSWERS} réponses, sinon « ${INSUFFICIENT} »). Auditeurs et usagers ne mesurent pas la même chose : leur écart n’est signalé qu’à partir de ${DISAGREEMENT_POINTS} points ; avec la moyenne du département, à partir de ${NOTABLE_GAP} point.`,
    'Les moyennes du département et de la France regroupent les audits de toutes leurs collectivités auditées la même année.',
  ].map(typeset);
}

function notice(data: AuditReportData): string | null {
  const { audits } = data.audits;
  if (!data.audits.figures.overall.suppressed) return null;
  if (audits === 0) return `Aucun audit en ${data.year} : ce rapport se remplira avec les audits de la campagne.`;
  return `Seulement ${plural(audits, 'audit', 'audits')} en ${data.year} : il en faut au moins ${MIN_AUDITS} pour publier une note, afin qu’aucun agent ne puisse être reconnu. Ce rapport en dit donc peu.`;
}

export function analyseAudits(data: AuditReportData, madeOn: Date): AuditReportContent {
  const [overall, ...criteria] = criterionRows(data) as [AuditCriterionRow, ...AuditCriterionRow[]];
  const channels = channelRows(data);
  const detail = data.audits.detail;
  const rows = detail ? failedItems(detail.items) : [];
  const said = notice(data);
  return {
    territory: data.audits.territory,
    departementName: data.departementName,
    year: data.year,
    grid: data.audits.grid,
    madeOn: longDate(madeOn),
    notice: said === null ? null : typeset(said),
    keyFigures: [
      { label: 'Audits comptés', value: count(data.audits.audits) },
      { label: 'Canaux audités', value: count(channels.length) },
      { label: 'Note globale des audits', value: auditScoreText(overall.territory) },
      { label: 'Note globale des usagers', value: citizensScoreText(overall.citizens) },
    ],
    criteria: [overall, ...criteria],
    channels,
    findings: findings(overall, criteria, channels).map(typeset),
    citizens: citizensSentences(criteria).map(typeset),
    items: detail ? { rows, note: typeset(itemsNote(rows)) } : null,
    methods: methods(data),
  };
}

/** The public report's words where the admin's lists the items most often failed. */
export const DETAIL_RESERVED_NOTE = typeset(
  `${DETAIL_RESERVED} : ce rapport public donne les notes par critère et par canal. La collectivité, avec son accès administrateur, obtient le même rapport avec les points de la grille les plus souvent manqués.`,
);
