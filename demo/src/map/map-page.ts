/**
 * The national map: each département coloured by satisfaction, participation or the mystery
 * audits' score out of 10 (`GET /v1/map`),
 * the overseas ones in insets, hatched where the figures rest on too few answers, every
 * département reachable by keyboard, mouse or finger with its figures and a way to its dashboard,
 * and the same figures in a table; the overseas collectivities, which are not départements, in a
 * table of their own.
 * @module
 */
import { classOf, quantileClasses } from './classes.js';
import { isDepartement, isOverseasCollectivity } from './departements.js';
import { dashboardOf, hintText, touchFirst, wireDepartements } from './detail.js';
import { drawSvg } from './drawing.js';
import { drawLegend } from './legend.js';
import { byId as $ } from '../dom.js';
import { MIN_AUDITS } from '../../../survey/audits.js';

interface Region {
  code: string;
  name: string;
  population: number;
  answers: number;
  value: number | null;
  score: number | null;
  suppressed: boolean;
  /** Audits counted (the audits metric only). */
  audits?: number;
}
type Metric = 'satisfaction' | 'participation' | 'audits';

/** What the table's value column and last column hold, and what hatching means, for each metric. */
const METRICS: Record<Metric, { head: string; count: string; hatch: string; note: string }> = {
  satisfaction: { head: 'Satisfaction', count: 'Réponses', hatch: 'moins de 5 réponses', note: '' },
  participation: { head: 'Participation', count: 'Réponses', hatch: 'moins de 5 réponses', note: '' },
  audits: {
    head: 'Audits mystères (note /10)',
    count: 'Audits',
    hatch: `moins de ${MIN_AUDITS} audits`,
    note:
      'Audits mystères\u202f: des auditeurs formés visitent, appellent, écrivent aux services publics et consultent leurs sites comme le ferait un usager. ' +
      `La note est la moyenne sur 10 des audits de l’année dans le département\u202f; elle n’est affichée qu’à partir de ${MIN_AUDITS} audits.`,
  },
};

/** Light to dark blue: five classes, told apart by lightness, not hue alone. */
const SHADES = ['#e3e3fd', '#b1b1f9', '#7b7bf0', '#4646c9', '#000091'];
const INSUFFICIENT = 'données insuffisantes';

const yearSelect = $<HTMLSelectElement>('year');
const thisYear = new Date().getFullYear();
for (let year = thisYear; year >= 2024; year -= 1) yearSelect.append(new Option(String(year), String(year)));
$('map-hint').textContent = hintText(touchFirst());

const figureOf = (region: Region | undefined) => (region && !region.suppressed && region.value !== null ? region.value : null);

function formatValue(metric: Metric, region: Region): string {
  const value = figureOf(region);
  if (value === null) return INSUFFICIENT;
  if (metric === 'audits') return `${value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}/10`;
  return metric === 'satisfaction'
    ? `${Math.round(value * 100)}\u202f% «\u202fTrès bien\u202f»`
    : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 2 })} répondants pour 1\u202f000 habitants`;
}

/** What the last column counts: the citizens' answers, or the audits for the audits' score. */
const countOf = (metric: Metric, region: Region) => (metric === 'audits' ? (region.audits ?? 0) : region.answers);

function describe(metric: Metric, region: Region): string {
  const count = countOf(metric, region);
  const noun = metric === 'audits' ? 'audit' : 'réponse';
  return `${region.name} (${region.code})\u202f: ${formatValue(metric, region)}, ${count.toLocaleString('fr-FR')} ${noun}${count > 1 ? 's' : ''}`;
}

/** With fewer classes than shades (ties), shades spread from the lightest to the darkest. */
function shadesFor(count: number): string[] {
  if (count <= 1) return [SHADES[2] ?? '#7b7bf0'];
  return Array.from({ length: count }, (_, index) => SHADES[Math.round((index * (SHADES.length - 1)) / (count - 1))] ?? '#000091');
}

function drawMap(metric: Metric, regions: Map<string, Region>): void {
  const figures = [...regions.values()].map(figureOf).filter((value) => value !== null);
  const classes = quantileClasses(figures, SHADES.length);
  const shades = shadesFor(classes.length);
  const fill = (code: string) => {
    const value = figureOf(regions.get(code));
    return value === null ? 'url(#hatch)' : (shades[classOf(classes, value)] ?? '#000091');
  };
  const label = ({ code, name }: { code: string; name: string }) => {
    const region = regions.get(code);
    return region ? describe(metric, region) : `${name} (${code})\u202f: ${INSUFFICIENT}`;
  };
  const svg = drawSvg(`Carte des départements de France, outre-mer en encarts\u202f: ${METRICS[metric].head.toLowerCase()}`, label, fill);
  wireDepartements(svg, $('region-detail'));
  $('map').replaceChildren(svg);
  // One precision per legend, so bounds read alike (« 67,1 % à 73,0 % », not « … à 73 % »).
  const format = (value: number) =>
    metric === 'satisfaction'
      ? `${(value * 100).toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}\u202f%`
      : metric === 'audits'
        ? `${value.toLocaleString('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 })}/10`
        : value.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  drawLegend($('legend'), $('legend-method'), classes, shades, format, regions.size - figures.length, METRICS[metric].hatch);
}

function drawTable(table: HTMLTableElement, metric: Metric, regions: Region[]): void {
  const head = table.querySelector<HTMLElement>('.value-head');
  if (head) head.textContent = METRICS[metric].head;
  const countHead = table.querySelector<HTMLElement>('.count-head');
  if (countHead) countHead.textContent = METRICS[metric].count;
  table.tBodies[0]?.replaceChildren(
    ...regions.map((region) => {
      const row = document.createElement('tr');
      row.dataset.code = region.code;
      // The name leads to the dashboard, as the shape on the map does.
      const name = Object.assign(document.createElement('th'), { scope: 'row' });
      name.append(Object.assign(document.createElement('a'), { href: dashboardOf(region.code), textContent: region.name }));
      const cells = [region.code, formatValue(metric, region), countOf(metric, region).toLocaleString('fr-FR')].map((text, index) =>
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
  const departements = regions.filter((region) => isDepartement(region.code));
  drawMap(metric, new Map(departements.map((region) => [region.code, region])));
  drawTable($<HTMLTableElement>('table'), metric, departements);
  drawTable(
    $<HTMLTableElement>('table-com'),
    metric,
    regions.filter((region) => isOverseasCollectivity(region.code)),
  );
  Object.assign($('metric-note'), { textContent: METRICS[metric].note, hidden: METRICS[metric].note === '' });
  document.body.dataset.mapReady = metric;
}

$<HTMLFormElement>('choice').addEventListener('change', () => void show());
// The map follows each choice; the button is there for who validates a form, as WCAG expects (H32).
$<HTMLFormElement>('choice').addEventListener('submit', (event) => {
  event.preventDefault();
  void show();
});
void show();
