/**
 * The Trophée de la qualité de l'accueil on the Trophée page: `GET /v1/rankings/accueil` for the
 * category and year chosen, its status, a table (one card per row on a phone, the table's own
 * semantics kept with explicit roles), the territory arriving from its dashboard highlighted, and
 * who is ranked and who was withdrawn.
 * @module
 */
import type { AccueilRanking, AccueilRankedTerritory } from '../../../survey/audits.js';
import { placeName } from '../../../widget/src/trophy/ranking-text.js';
import {
  accueilFocusReason,
  accueilHeading,
  accueilRulesNote,
  accueilStatus,
  previousRankText,
  scoreProgression,
  scoreProgressionNote,
  scoreText,
} from './accueil-text.js';

/** The column headings, and each cell's label when a narrow screen shows rows as cards. */
const COLUMNS = [
  { head: 'Rang', label: '' },
  { head: 'Collectivité', label: '' },
  { head: 'Note des audits /10', label: 'Note des audits sur 10' },
  { head: 'Audits', label: 'Audits' },
  { head: 'Canaux', label: 'Canaux audités' },
  { head: 'Avis des usagers /10', label: 'Avis des usagers sur 10' },
  { head: 'Progression', label: 'Progression' },
] as const;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** A cell with its role (cards drop the table's display) and its label for the card layout. */
function cell(text: string, column: number, className = ''): HTMLTableCellElement {
  const td = element('td', { className, textContent: text });
  td.setAttribute('role', 'cell');
  const label = COLUMNS[column]?.label;
  if (label) td.dataset.label = label;
  return td;
}

function nameCell(text: string): HTMLTableCellElement {
  const th = element('th', { scope: 'row', className: 'name', textContent: text });
  th.setAttribute('role', 'rowheader');
  return th;
}

function rankCell(rank: number | null): HTMLTableCellElement {
  const td = cell(rank === null ? '—' : String(rank), 0, 'number rank');
  if (rank !== null) td.dataset.ranked = '';
  return td;
}

function row(entry: AccueilRankedTerritory, mine: boolean): HTMLTableRowElement {
  const tr = element('tr');
  tr.setAttribute('role', 'row');
  tr.dataset.territory = entry.territory.id;
  if (mine) tr.setAttribute('aria-current', 'true');
  const before = previousRankText(entry);
  const progression = cell(scoreProgression(entry), 6, 'progression');
  if (before) progression.append(element('span', { className: 'note', textContent: ` (${before})` }));
  tr.append(
    rankCell(entry.rank),
    nameCell(`${placeName(entry.territory)}${mine ? ' (votre collectivité)' : ''}`),
    cell(scoreText(entry.score), 2, 'number score'),
    cell(entry.audits.toLocaleString('fr-FR'), 3, 'number'),
    cell(String(entry.channels), 4, 'number'),
    cell(entry.citizens === null ? 'données insuffisantes' : scoreText(entry.citizens), 5, 'number citizens'),
    progression,
  );
  return tr;
}

function focusRows(focus: NonNullable<AccueilRanking['focus']>, ranking: AccueilRanking): HTMLTableRowElement[] {
  const rows: HTMLTableRowElement[] = [];
  if (ranking.territories.length > 0) {
    const gap = element('tr', { className: 'gap' }, element('td', { colSpan: COLUMNS.length, textContent: '…' }));
    gap.setAttribute('role', 'row');
    gap.firstElementChild?.setAttribute('role', 'cell');
    rows.push(gap);
  }
  const tr = element('tr');
  tr.setAttribute('role', 'row');
  tr.setAttribute('aria-current', 'true');
  tr.dataset.territory = focus.territory.id;
  const reason = cell(accueilFocusReason(focus, ranking.rules), 6, 'progression');
  reason.colSpan = 2;
  delete reason.dataset.label;
  tr.append(
    rankCell(focus.rank),
    nameCell(`${placeName(focus.territory)} (votre collectivité)`),
    cell(focus.score === null ? 'données insuffisantes' : scoreText(focus.score), 2, 'number score'),
    cell(focus.audits.toLocaleString('fr-FR'), 3, 'number'),
    cell(String(focus.channels), 4, 'number'),
    reason,
  );
  rows.push(tr);
  return rows;
}

/** Draws a ranking into `root`, replacing what was there. */
export function drawAccueil(root: HTMLElement, ranking: AccueilRanking, territory: string | undefined): void {
  const heading = accueilHeading(ranking);
  const status = element('p', { className: 'status', textContent: accueilStatus(ranking) });
  status.dataset.status = ranking.status;
  const table = element('table', { className: 'accueil-table' });
  table.setAttribute('role', 'table');
  table.createCaption().textContent = heading;
  const head = element('tr');
  head.setAttribute('role', 'row');
  head.append(
    ...COLUMNS.map(({ head: text }) => {
      const th = element('th', { scope: 'col', textContent: text });
      th.setAttribute('role', 'columnheader');
      return th;
    }),
  );
  const thead = element('thead', {}, head);
  const focus = ranking.focus && !ranking.territories.some((entry) => entry.territory.id === ranking.focus?.territory.id) ? ranking.focus : null;
  const tbody = element(
    'tbody',
    {},
    ...ranking.territories.map((entry) => row(entry, entry.territory.id === territory)),
    ...(focus ? focusRows(focus, ranking) : []),
  );
  for (const group of [thead, tbody]) group.setAttribute('role', 'rowgroup');
  table.append(thead, tbody);
  const notes: HTMLElement[] = [];
  if (ranking.focus && ranking.focus.status !== 'ranked')
    notes.push(
      element('p', { className: 'focus', textContent: `${placeName(ranking.focus.territory)}\u202f: ${accueilFocusReason(ranking.focus, ranking.rules)}.` }),
    );
  if (ranking.total === 0)
    notes.push(element('p', { className: 'note', textContent: 'Aucune collectivité candidate n’a encore été auditée assez de fois dans cette catégorie.' }));
  if (ranking.total > 0) {
    notes.push(element('p', { className: 'note', id: 'accueil-progression-note', textContent: scoreProgressionNote() }));
    table.setAttribute('aria-describedby', 'accueil-progression-note');
  }
  notes.push(element('p', { className: 'note', textContent: accueilRulesNote(ranking) }));
  if (ranking.withdrawn.length > 0)
    notes.push(
      element('p', { className: 'note', textContent: 'Retirées du palmarès par l’équipe du baromètre\u202f:' }),
      element(
        'ul',
        { className: 'note' },
        ...ranking.withdrawn.map((entry) => element('li', { textContent: `${placeName(entry.territory)}\u202f: ${entry.reason}` })),
      ),
    );
  root.replaceChildren(status, table, ...notes);
  root.dataset.loaded = `${ranking.category} ${ranking.year}`;
}

let loading: AbortController | undefined;

/** Loads and draws the ranking of a category and year; an error is said in place of the table. */
export async function showAccueil(root: HTMLElement, query: { category: string; year: string; territory?: string | undefined }): Promise<void> {
  loading?.abort();
  const controller = (loading = new AbortController());
  const url = new URL('/v1/rankings/accueil', location.origin);
  url.searchParams.set('category', query.category);
  url.searchParams.set('year', query.year);
  url.searchParams.set('limit', '50');
  if (query.territory) url.searchParams.set('territory', query.territory);
  try {
    const response = await fetch(url, { signal: controller.signal });
    const body = (await response.json()) as { data?: AccueilRanking; error?: { message: string } };
    if (!response.ok || !body.data) throw new Error(body.error?.message ?? `HTTP ${response.status}`);
    drawAccueil(root, body.data, query.territory);
  } catch (error) {
    if (controller.signal.aborted) return;
    root.replaceChildren(
      element('p', { className: 'error', role: 'alert', textContent: `Le classement n’a pas pu être chargé\u202f: ${(error as Error).message}` }),
    );
  }
}
