/**
 * « Audits mystères et avis des usagers » on a territory's dashboard: per criterion and overall,
 * the auditors' score (on how many audits) beside the citizens' (on how many answers) the same
 * calendar year, and the verdict of survey/audit-comparison.ts in a symbol and words, never colour
 * alone; the audits per channel; the threshold in words. The year is the dashboard's: the year of
 * its last month. Reads `GET /v1/territories/:id/audits?year=` and, for like with like, the
 * citizens' `/results` over that whole year, all services and channels.
 * @module
 */
import { AUDIT_CHANNEL_LABELS_FR } from '../../../survey/audit-grid.js';
import { compareAuditsWithCitizens, DISAGREEMENT_POINTS, VERDICT_MARKS_FR, type AuditComparisonLine } from '../../../survey/audit-comparison.js';
import type { AuditResults } from '../../../survey/audits.js';
import { yearBounds } from '../../../survey/months.js';
import { CRITERION_LABELS_FR } from '../../../survey/questionnaire.js';
import type { Results } from '../../../survey/results.js';
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import { count, score, signed } from '../../../widget/src/results/format.js';
import { byId as $ } from '../dom.js';
import { scrollingTable } from './scrolling-table.js';

const plural = (n: number, word: string) => `${count(n)}\u202f${word}${n > 1 ? 's' : ''}`;

async function data<T>(url: string): Promise<T | null> {
  const response = await fetch(url).catch(() => null);
  if (!response?.ok) return null;
  return ((await response.json()) as { data: T }).data;
}

const span = (className: string, textContent: string) => Object.assign(document.createElement('span'), { className, textContent });

/** A score and what it rests on; « non publié » below its threshold. */
function figureCell(value: number | null, basis: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.append(span('score', value === null ? 'non publié' : score(value)), span('basis', basis));
  return td;
}

function verdictCell(line: AuditComparisonLine): HTMLTableCellElement {
  const td = document.createElement('td');
  td.className = `verdict ${line.verdict}`;
  td.dataset['verdict'] = line.verdict;
  const mark = VERDICT_MARKS_FR[line.verdict];
  // The symbol is read as the words beside it; the sentence says the gap for a screen reader and on hover.
  td.append(span('symbol', mark.symbol), ' ', span('words', mark.words));
  td.querySelector('.symbol')?.setAttribute('aria-hidden', 'true');
  if (line.gap !== null) td.append(span('gap', `${signed(line.gap)}\u202fpt`));
  td.title = line.sentence;
  td.append(span('visually-hidden', ` ${line.sentence}`));
  return td;
}

function comparisonTable(year: number, lines: AuditComparisonLine[]): HTMLElement {
  const { scroller, table } = scrollingTable(`Auditeurs et usagers, ${year}`, 'audits-table');
  const head = table.createTHead().insertRow();
  for (const text of ['Critère', 'Auditeurs', 'Usagers', 'Écart']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  for (const line of lines) {
    const tr = body.insertRow();
    tr.dataset['indicator'] = line.indicator;
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = line.indicator === 'overall' ? 'Note générale' : CRITERION_LABELS_FR[line.indicator];
    tr.append(
      th,
      figureCell(line.auditors.score, plural(line.auditors.audits, 'audit')),
      figureCell(line.citizens.score, plural(line.citizens.n, 'réponse')),
      verdictCell(line),
    );
  }
  return scroller;
}

function channelList(audits: AuditResults): HTMLElement {
  const list = Object.assign(document.createElement('ul'), { className: 'audit-channels' });
  list.setAttribute('aria-label', 'Audits par canal');
  for (const channel of audits.channels) {
    if (channel.overall.audits === 0) continue;
    const item = document.createElement('li');
    item.dataset['channel'] = channel.channel;
    item.textContent = `${AUDIT_CHANNEL_LABELS_FR[channel.channel]}\u202f: ${plural(channel.overall.audits, 'audit')}, ${
      channel.overall.score === null ? 'non publié' : score(channel.overall.score)
    }`;
    list.append(item);
  }
  return list;
}

/** Fills the section for the dashboard's year (the year of its last month). */
export async function showAudits(territoryId: string, filters: { to: string }): Promise<void> {
  const section = $('audits');
  const year = Number(filters.to.slice(0, 4));
  const path = `/v1/territories/${encodeURIComponent(territoryId)}`;
  const [audits, citizens] = await Promise.all([
    data<AuditResults>(`${path}/audits?year=${year}`),
    data<Results>(`${path}/results?${new URLSearchParams({ ...yearBounds(year) })}`),
  ]);
  section.hidden = false;
  $('audits-year').textContent = String(year);
  const table = $('audits-table');
  if (!audits || !citizens) {
    $('audits-note').textContent = 'Les audits mystères n’ont pas pu être chargés. Rechargez la page pour réessayer.';
    table.replaceChildren();
    return;
  }
  if (audits.audits === 0) {
    $('audits-note').textContent = `Aucun audit mystère en ${year} pour cette collectivité.`;
    table.replaceChildren();
    return;
  }
  const comparison = compareAuditsWithCitizens(audits, citizens);
  $('audits-note').textContent =
    `${plural(audits.audits, 'audit')} en ${year}. Des auditeurs formés contactent les services comme un usager (visite, appel, courriel, lettre, site) et notent une grille fixe, ` +
    `les usagers disent leur satisfaction. Moins de ${audits.threshold}\u202faudits\u202f: non publié (un audit, c’est un agent un jour donné). Moins de ${MIN_ANSWERS}\u202fréponses\u202f: non publié. ` +
    `Mesurant deux choses différentes, ils ne sont dits en désaccord qu’à partir de ${DISAGREEMENT_POINTS}\u202fpoints d’écart sur 10.`;
  table.replaceChildren(comparisonTable(year, [comparison.overall, ...comparison.criteria]), channelList(audits));
}
