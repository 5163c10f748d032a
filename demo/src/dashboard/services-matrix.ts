/**
 * The comparative map of a territory's services on its dashboard: services × criteria, each cell
 * the share of satisfied answers, from `GET /v1/territories/:id/services` over the dashboard's
 * months and channel. A cell is marked only where the API found a meaningful difference with the
 * same service in the département or in France: a tinted background and an arrow with words
 * (« ▲ dép. », « ▼ France »), never colour alone, and a full sentence for screen readers.
 * @module
 */
import { CHANNEL_LABELS_FR, CRITERION_LABELS_FR, SERVICE_LABELS_FR } from '../../../survey/questionnaire.js';
import { SERVICE_INDICATORS, type ServiceComparison, type Services, type ServiceIndicator } from '../../../survey/services.js';
import type { Difference } from '../../../survey/significance.js';
import { count, percent } from '../../../widget/src/results/format.js';
import { byId as $ } from '../dom.js';
import { scrollingTable } from './scrolling-table.js';

/** Short column heads: the table must fit a phone with its first column pinned. */
const HEADS: Record<ServiceIndicator, string> = {
  overall: 'Appréciation générale',
  accessibilite: 'Accessibilité',
  accueil: 'Accueil',
  attente: 'Attente',
  efficacite: 'Efficacité',
  'en-ligne': 'En ligne',
};

const REFERENCE_WORDS = { departement: ['dép.', 'du département'], national: ['France', 'de la France'] } as const;

function mark(difference: Difference | null, reference: keyof typeof REFERENCE_WORDS, rate: number | null): { short: string; long: string } | null {
  if (difference !== 'higher' && difference !== 'lower') return null;
  const [short, long] = REFERENCE_WORDS[reference];
  const arrow = difference === 'higher' ? '▲' : '▼';
  const side = difference === 'higher' ? 'au-dessus' : 'en dessous';
  return { short: `${arrow}\u00a0${short}`, long: `${side} de la moyenne ${long} (${percent(rate)})` };
}

/** One cell: the rate, the marks of meaningful differences, and the sentence a screen reader reads. */
function cell(row: ServiceComparison, indicator: ServiceIndicator): HTMLTableCellElement {
  const td = document.createElement('td');
  const own = row.territory.indicators[indicator];
  if (own.suppressed) {
    td.textContent = '—';
    td.title = `${count(own.n)} réponse${own.n > 1 ? 's' : ''}\u202f: il en faut 5`;
    td.append(
      Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: ` données insuffisantes (${count(own.n)} réponses)` }),
    );
    return td;
  }
  const marks = [
    mark(row.differences[indicator].departement, 'departement', row.departement.indicators[indicator].rate),
    mark(row.differences[indicator].national, 'national', row.national.indicators[indicator].rate),
  ].filter((found) => found !== null);
  const departement = row.differences[indicator].departement;
  if (departement === 'higher' || departement === 'lower') td.className = departement;
  td.append(Object.assign(document.createElement('span'), { className: 'rate', textContent: percent(own.rate) }));
  for (const found of marks) {
    td.append(Object.assign(document.createElement('span'), { className: 'mark', textContent: found.short, ariaHidden: 'true' }));
  }
  const sentence = marks.length ? `, ${marks.map((found) => found.long).join(', ')}` : ', pas d’écart significatif';
  td.append(Object.assign(document.createElement('span'), { className: 'visually-hidden', textContent: `${sentence} (${count(own.n)} réponses)` }));
  return td;
}

function matrix(data: Services): HTMLElement {
  const caption = `Satisfaits par service${data.filters.channel ? ` (${CHANNEL_LABELS_FR[data.filters.channel].toLowerCase()})` : ''}`;
  const { scroller, table } = scrollingTable(caption, 'services-matrix');
  const head = table.createTHead().insertRow();
  for (const text of ['Service', 'Réponses', ...SERVICE_INDICATORS.map((indicator) => HEADS[indicator])]) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = text;
    const indicator = SERVICE_INDICATORS.find((known) => HEADS[known] === text);
    if (indicator && indicator !== 'overall') th.title = CRITERION_LABELS_FR[indicator];
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of data.services) {
    const tr = body.insertRow();
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = SERVICE_LABELS_FR[row.service];
    tr.append(th, Object.assign(document.createElement('td'), { textContent: count(row.territory.answers) }));
    for (const indicator of SERVICE_INDICATORS) tr.append(cell(row, indicator));
  }
  return scroller;
}

/** The marks, each shown as it appears in the table. */
function legend(): HTMLElement {
  const list = Object.assign(document.createElement('ul'), { className: 'services-legend' });
  list.setAttribute('aria-label', 'Légende du tableau');
  for (const [sample, className, text] of [
    ['▲\u00a0dép.', 'higher', 'au-dessus de la moyenne du département'],
    ['▼\u00a0dép.', 'lower', 'en dessous de la moyenne du département'],
    ['▲\u00a0France', '', 'au-dessus de la moyenne nationale (▼\u202f: en dessous)'],
    ['—', '', 'moins de 5 réponses'],
  ] as const) {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('span'), { className: `sample ${className}`.trim(), textContent: sample }), ` ${text}`);
    list.append(item);
  }
  return list;
}

/** Fills the services section for the dashboard's months and channel. */
export async function showServices(territoryId: string, filters: { from: string; to: string; channel: string }): Promise<void> {
  const section = $('services');
  const query = new URLSearchParams({ from: filters.from, to: filters.to, ...(filters.channel ? { channel: filters.channel } : {}) });
  const response = await fetch(`/v1/territories/${encodeURIComponent(territoryId)}/services?${query}`).catch(() => null);
  section.hidden = false;
  if (!response?.ok) {
    $('services-note').textContent = 'La comparaison des services n’a pas pu être chargée. Rechargez la page pour réessayer.';
    $('services-table').replaceChildren();
    return;
  }
  const { data } = (await response.json()) as { data: Services };
  if (data.services.length === 0) {
    $('services-note').textContent = 'Aucune réponse sur la période'.concat(data.filters.channel ? ' pour ce canal.' : '.');
    $('services-table').replaceChildren();
    return;
  }
  $('services-note').textContent =
    `Chaque case donne la part de réponses satisfaites (4 ou 5 sur 5, «\u202fTrès bien\u202f» pour l’appréciation générale), comparée au même service${
      data.filters.channel ? ', par le même canal,' : ''
    } dans le département (${data.departement.name}) et en France. ${data.significance}`;
  $('services-table').replaceChildren(legend(), matrix(data));
}
