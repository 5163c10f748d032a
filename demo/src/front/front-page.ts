/**
 * The barometer's front page (`/`): the territory search, and the nation's figures for the current
 * year from `GET /v1/benchmarks` (pooled over every answer, scored and suppressed by the Worker:
 * this page only formats them).
 * @module
 */
import type { BenchmarksReply } from '../../../survey/benchmarks.js';
import { count, INSUFFICIENT, percent, score } from '../../../widget/src/results/format.js';
import { showTerritorySearch } from '../find-territory.js';
import { byId as $ } from '../dom.js';

showTerritorySearch(document.getElementById('find') as HTMLFormElement);

async function showNationalFigures(): Promise<void> {
  const response = await fetch('/v1/benchmarks');
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const { period, national } = ((await response.json()) as BenchmarksReply).data;
  const overall = national.indicators['overall'];
  $('national-year').textContent = String(period.year ?? period.to.slice(0, 4));
  $('national-answers').textContent = count(national.answers);
  const shown = overall && !overall.suppressed;
  for (const [id, text] of [
    ['national-score', shown ? score(overall.score) : INSUFFICIENT],
    ['national-rate', shown ? percent(overall.rate) : INSUFFICIENT],
  ] as const) {
    $(id).textContent = text;
    // Too few answers is a state, not a figure: said in plain type, on the line kept for the figure.
    $(id).classList.toggle('insufficient', text === INSUFFICIENT);
  }
}

showNationalFigures().catch(() => {
  for (const id of ['national-answers', 'national-score', 'national-rate']) $(id).textContent = '—';
  $('national-status').textContent = 'Les chiffres nationaux n’ont pas pu être chargés\u202f: réessayez dans un instant.';
});
