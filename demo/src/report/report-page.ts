/**
 * The report page, `/rapport?territoire=commune:25056&periode=2026`: a period chooser (years and
 * quarters, kept in the address), the report as HTML, and « Télécharger le PDF », which draws the
 * same report from the same replies in the browser (the PDF writer and its fonts load only then).
 * « Rapport des audits (PDF) » draws the year's mystery-audit report the same way, with the item
 * detail when this tab holds the territory's admin token, the public report otherwise.
 * @module
 */
import { analyse } from '../../../kit/src/report/analysis.js';
import { loadReportData, type ReportData } from '../../../kit/src/report/report-data.js';
import { parseReportPeriod, periodChoices } from '../../../kit/src/report/report-period.js';
import { isTerritoryId } from '../../../survey/territory-id.js';
import { adminSession } from '../console/session.js';
import { byId as $ } from '../dom.js';
import { downloadBytes } from '../download.js';
import { reportView } from './report-view.js';

const FIRST_YEAR = 2024;
const periodSelect = $<HTMLSelectElement>('periode');
const territoryField = $<HTMLInputElement>('territory-field');
const download = $<HTMLButtonElement>('download');
const downloadAudits = $<HTMLButtonElement>('download-audits');
const status = $('status');
const report = $('report');
const thisYear = new Date().getFullYear();

for (const choice of periodChoices(FIRST_YEAR, thisYear)) periodSelect.append(new Option(choice.title, choice.id));

/** The replies the HTML was made from, and the day: the PDF is drawn from exactly these. */
let shown: { data: ReportData; madeOn: Date } | undefined;
/** The territory and year whose audit report the button draws (audits are counted by year: a quarter's year). */
let audited: { territory: string; year: number } | undefined;

async function show(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const territory = params.get('territoire') ?? '';
  const periodId = params.get('periode') ?? String(thisYear);
  download.disabled = true;
  downloadAudits.disabled = true;
  shown = undefined;
  audited = undefined;
  report.replaceChildren();
  if (!isTerritoryId(territory)) {
    status.textContent = 'Ouvrez ce rapport depuis le tableau de bord d’une collectivité (lien « Rapport d’analyse »).';
    return;
  }
  territoryField.value = territory;
  $<HTMLAnchorElement>('dashboard-link').href = `/tableau-de-bord/${encodeURIComponent(territory)}`;
  let period;
  try {
    period = parseReportPeriod(periodId);
  } catch (error) {
    status.textContent = (error as Error).message;
    return;
  }
  periodSelect.value = period.id;
  audited = { territory, year: Number(period.id.slice(0, 4)) };
  downloadAudits.disabled = false;
  status.textContent = `Chargement du rapport (${period.title})…`;
  try {
    const data = await loadReportData(location.origin, territory, period);
    const madeOn = new Date();
    const content = analyse(data, madeOn);
    document.title = `Rapport d’analyse — ${content.territory.name} — ${period.title} — Baromètre citoyen`;
    $('title').textContent = `${content.territory.name}\u202f: rapport d’analyse`;
    $('subtitle').textContent = `${period.title} · département ${content.departementName} · établi le ${content.madeOn}`;
    report.replaceChildren(reportView(content));
    shown = { data, madeOn };
    download.disabled = false;
    status.textContent = '';
  } catch (error) {
    status.textContent = `Le rapport n’a pas pu être établi\u202f: ${(error as Error).message}`;
  }
}

$<HTMLFormElement>('choice').addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams(location.search);
  params.set('periode', periodSelect.value);
  history.pushState(null, '', `?${params}`);
  void show();
});
addEventListener('popstate', () => void show());

download.addEventListener('click', async () => {
  if (!shown) return;
  const { data, madeOn } = shown;
  status.textContent = 'Préparation du PDF…';
  const { reportPdfInBrowser } = await import('./report-pdf-browser.js');
  const started = performance.now();
  const bytes = await reportPdfInBrowser(data, madeOn);
  // Read by the browser test and the benchmark: how long the PDF took, fonts included.
  download.dataset['milliseconds'] = String(Math.round(performance.now() - started));
  downloadBytes(`rapport-${data.results.territory.id.replace(':', '-')}-${data.period.id}.pdf`, bytes, 'application/pdf');
  status.textContent = 'Rapport PDF téléchargé.';
});

downloadAudits.addEventListener('click', async () => {
  if (!audited) return;
  const { territory, year } = audited;
  const session = adminSession();
  const token = session?.territory === territory ? session.token : undefined;
  status.textContent = `Préparation du rapport des audits ${year}…`;
  try {
    const { auditReportPdfInBrowser } = await import('./audit-pdf-browser.js');
    const started = performance.now();
    const { bytes, detail } = await auditReportPdfInBrowser(territory, year, token);
    // Read by the browser test: how long the PDF took, its three requests and the fonts included.
    downloadAudits.dataset['milliseconds'] = String(Math.round(performance.now() - started));
    downloadBytes(`audits-${territory.replace(':', '-')}-${year}.pdf`, bytes, 'application/pdf');
    status.textContent = `Rapport des audits ${year} téléchargé${detail ? ', avec le détail par point' : ' (version publique, sans le détail par point)'}.`;
  } catch (error) {
    status.textContent = `Le rapport des audits n’a pas pu être établi\u202f: ${(error as Error).message}`;
  }
});

void show();
