/**
 * The territory dashboard page (`/tableau-de-bord/<territory>`): filters kept in the URL (shareable,
 * the back button works), `<barometre-resultats>` for the figures, downloads of what is shown, and
 * a link to the territory's space (`/espace`), where whoever holds its admin token reads the comments.
 * @module
 */
import { CHANNEL_LABELS_FR, CHANNELS, SERVICES } from '../../../survey/questionnaire.js';
import { appendServiceOptions } from '../service-options.js';
import { lastTwelveMonths, MONTH_PATTERN } from '../../../survey/months.js';
import type { Territory } from '../../../survey/results.js';
import { dashboardTitle, territoryLinks, territorySubtitle } from '../../../survey/territory-heading.js';
import { isTerritoryId } from '../../../survey/territory-id.js';
import { showTerritorySearch } from '../find-territory.js';
import type { BarometreResultats } from '../../../widget/src/results/barometre-resultats.component.js';
import { firstSteps } from './first-steps.js';
import { showMembers } from './members-table.js';
import { showServices } from './services-matrix.js';
import { showAudits } from './audits-section.js';
import { monthOptions } from './month-options.js';
import { byId as $ } from '../dom.js';

const FILTERS = ['from', 'to', 'service', 'channel'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

const territoryId = decodeURIComponent(location.pathname.split('/tableau-de-bord/')[1] ?? '') || new URLSearchParams(location.search).get('territory') || '';
const results = $<BarometreResultats>('results');
const form = $<HTMLFormElement>('filters');

appendServiceOptions($<HTMLSelectElement>('service'));
for (const channel of CHANNELS) $<HTMLSelectElement>('channel').append(new Option(CHANNEL_LABELS_FR[channel], channel));

/** The filters in the URL, checked: a hand-edited address falls back to the defaults, never to an error. */
function filtersFromUrl(): Filters {
  const params = new URLSearchParams(location.search);
  const fallback = lastTwelveMonths(Date.now());
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const service = params.get('service') ?? '';
  const channel = params.get('channel') ?? '';
  const valid = MONTH_PATTERN.test(from) && MONTH_PATTERN.test(to) && from <= to;
  return {
    from: valid ? from : fallback.from,
    to: valid ? to : fallback.to,
    service: (SERVICES as readonly string[]).includes(service) ? service : '',
    channel: (CHANNELS as readonly string[]).includes(channel) ? channel : '',
  };
}

/** The month selects: French names, and the filters' own months even when older than the list. */
function fillMonths(filters: Filters): void {
  const options = monthOptions(lastTwelveMonths(Date.now()).to, [filters.from, filters.to]);
  for (const name of ['from', 'to'] as const) {
    const select = $<HTMLSelectElement>(name);
    if (select.options.length === options.length) continue;
    select.replaceChildren(...options.map(([value, label]) => new Option(label, value)));
  }
}

/** The territory whose figures are shown, once found. */
let knownTerritory = '';

function apply(filters: Filters): void {
  fillMonths(filters);
  for (const name of FILTERS) {
    $<HTMLSelectElement>(name).value = filters[name];
    if (filters[name]) results.setAttribute(name, filters[name]);
    else results.removeAttribute(name);
  }
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''));
  $<HTMLAnchorElement>('download-csv').href = `/v1/territories/${encodeURIComponent(territoryId)}/results.csv?${query}`;
  $<HTMLAnchorElement>('download-indicators').href = `/v1/territories/${encodeURIComponent(territoryId)}/indicators.csv?${query}`;
  $<HTMLAnchorElement>('download-json').href = `/v1/territories/${encodeURIComponent(territoryId)}/results.json?${query}`;
  if (territoryId) void showMembers(territoryId, filters);
  // Only once the territory is known to exist: an unknown one is asked nothing more.
  if (knownTerritory) {
    void showServices(knownTerritory, filters);
    void showAudits(knownTerritory, filters);
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const filters = Object.fromEntries(FILTERS.map((name) => [name, String(data.get(name) ?? '')])) as Filters;
  if (filters.from > filters.to) [filters.from, filters.to] = [filters.to, filters.from];
  history.pushState(null, '', `${location.pathname}?${new URLSearchParams(Object.entries(filters).filter(([, value]) => value !== ''))}`);
  apply(filtersFromUrl());
});
addEventListener('popstate', () => apply(filtersFromUrl()));

/** The territory's figures, and its first steps while it has no answer. */
function showResults(id: string): void {
  knownTerritory = id;
  void showServices(id, filtersFromUrl());
  void showAudits(id, filtersFromUrl());
  results.setAttribute('territory', id);
  $<HTMLAnchorElement>('report-link').href = `/rapport?territoire=${encodeURIComponent(id)}`;
  const steps = firstSteps($('first-steps'), id, () => results.refresh());
  results.addEventListener('barometre-results-loaded', (event) => {
    // With a filter of the reader's choosing, no answer says nothing about the territory's start.
    const params = new URLSearchParams(location.search);
    steps.show(
      event.detail.answers,
      FILTERS.some((name) => params.get(name)),
    );
  });
}

/** No territory, or one that does not exist: say so and offer the search instead of empty figures. */
function notFound(subtitle: string): void {
  $('title').textContent = territoryId ? 'Collectivité introuvable' : 'Tableau de bord';
  $('subtitle').textContent = subtitle;
  $('territory-view').remove();
  showTerritorySearch($<HTMLFormElement>('find'));
}

async function describe(): Promise<void> {
  // The Worker found the territory and already wrote its heading and links: the results get it now,
  // in the same task as their filters, so they load once.
  const known = results.dataset['territory'];
  if (known) return void showResults(known);
  if (!territoryId) return notFound('Cherchez votre collectivité pour voir ses résultats.');
  if (!isTerritoryId(territoryId)) return notFound(`«\u202f${territoryId}\u202f» n’est pas un code de collectivité\u202f: cherchez-la par son nom.`);
  if (results.hasAttribute('data-unknown')) return notFound(`Aucune collectivité n’a le code ${territoryId}\u202f: cherchez-la par son nom.`);
  const response = await fetch(`/v1/territories/${encodeURIComponent(territoryId)}`);
  if (!response.ok) return notFound(`Aucune collectivité n’a le code ${territoryId}\u202f: cherchez-la par son nom.`);
  const territory = ((await response.json()) as { data: Territory }).data;
  showResults(territory.id);
  // Usually already written by the Worker into the HTML; set again for a page served without it.
  document.title = dashboardTitle(territory);
  $('title').textContent = territory.name;
  $('subtitle').textContent = territorySubtitle(territory);
  const links = territoryLinks(territory);
  if (links.trophy) $<HTMLAnchorElement>('nav-trophy').href = links.trophy;
  $<HTMLAnchorElement>('nav-kit').href = links.kit;
}

apply(filtersFromUrl());
void describe();
