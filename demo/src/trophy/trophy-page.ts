/**
 * The Trophée page: a category and a year (kept in the URL) shared by both trophies; the
 * participation ranking with a PDF certificate for each podium place, made in the browser; the
 * accueil ranking (accueil-ranking.ts); the territory arriving from its dashboard highlighted in both.
 * @module
 */
import { CATEGORIES, CATEGORY_IDS, type Category } from '../../../survey/trophy.js';
import { isTerritoryId } from '../../../survey/territory-id.js';
import { placeName } from '../../../widget/src/trophy/ranking-text.js';
import { byId as $ } from '../dom.js';
import { downloadBytes } from '../download.js';
import { showAccueil } from './accueil-ranking.js';

const ranking = $<HTMLElement>('ranking');
const categorySelect = $<HTMLSelectElement>('category');
const yearSelect = $<HTMLSelectElement>('year');
const thisYear = new Date().getFullYear();

for (const id of CATEGORY_IDS) categorySelect.append(new Option(CATEGORIES[id].label, id));
for (let year = thisYear; year >= 2024; year -= 1) yearSelect.append(new Option(String(year), String(year)));

function apply(): void {
  const params = new URLSearchParams(location.search);
  const category = (CATEGORY_IDS as string[]).includes(params.get('category') ?? '') ? (params.get('category') as Category) : 'communes-10000-50000';
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? (params.get('year') as string) : String(thisYear);
  const territory = params.get('territory') ?? '';
  categorySelect.value = category;
  yearSelect.value = year;
  ranking.setAttribute('category', category);
  ranking.setAttribute('year', year);
  if (isTerritoryId(territory)) ranking.setAttribute('territory', territory);
  else ranking.removeAttribute('territory');
  void showAccueil($('accueil'), { category, year, territory: isTerritoryId(territory) ? territory : undefined });
}

$<HTMLFormElement>('choice').addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams(location.search);
  params.set('category', categorySelect.value);
  params.set('year', yearSelect.value);
  history.pushState(null, '', `?${params}`);
  apply();
});
addEventListener('popstate', apply);

ranking.addEventListener('barometre-certificate', async (event) => {
  const { entry, label, year, publishedAt, issuer } = event.detail;
  // With its département, as the table names it: the certificate of « Saint-Denis (93) » is not Saint-Denis (974)'s.
  const name = placeName(entry.territory);
  const status = $('certificate-status');
  status.textContent = `Préparation du certificat de ${name}…`;
  const { certificatePdf } = await import('./certificate.js');
  const bytes = await certificatePdf({ name, rank: entry.rank, category: label, year, rate: entry.rate, respondents: entry.respondents, publishedAt, issuer });
  downloadBytes(`trophee-${year}-${entry.territory.id.replace(':', '-')}.pdf`, bytes, 'application/pdf');
  status.textContent = `Certificat de ${name} téléchargé.`;
});

apply();
