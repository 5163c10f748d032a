/**
 * The kit page's « Rendre les résultats » panel: for the chosen territory and a period, the
 * results poster and image, drawn in the browser from the figures the API publishes
 * (`GET /v1/territories/:id/results`, parsed with the contract's schema). Figures under the
 * threshold are refused with the reason (kit/src/results-figures.ts), never drawn.
 * @module
 */
import { addMonths, monthOf } from '../../../survey/months.js';
import { ResultsReplySchema } from '../../../survey/results.js';
import type { KitRequest, KitServices } from '../../../kit/src/kit.js';
import { monthOptions } from '../dashboard/month-options.js';
import { byId as $ } from '../dom.js';
import { downloadBytes } from '../download.js';
import { FORMAT_LABELS, MIME } from './file-kinds.js';

interface PanelOptions {
  /** The kit's request as the form stands (territory, colour, logo, language), or undefined with the reason shown. */
  request: () => KitRequest | undefined;
  services: () => Promise<KitServices>;
}

export function mountResultsPanel(options: PanelOptions): void {
  const form = $<HTMLFormElement>('results-form');
  const from = $<HTMLSelectElement>('results-from');
  const to = $<HTMLSelectElement>('results-to');
  const said = $<HTMLParagraphElement>('results-status');
  const files = $<HTMLUListElement>('results-files');
  // The last six whole months by default: a season of answers; the current month, still open, is offered too.
  const current = monthOf(Date.now());
  const lastWhole = addMonths(current, -1);
  for (const select of [from, to]) for (const [value, label] of monthOptions(current)) select.append(new Option(label, value));
  from.value = addMonths(lastWhole, -5);
  to.value = lastWhole;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    files.replaceChildren();
    const request = options.request();
    if (!request) {
      said.textContent = 'Choisissez d’abord la collectivité, plus haut.';
      return;
    }
    if (from.value > to.value) {
      said.textContent = 'Le premier mois vient après le dernier : changez l’un des deux.';
      from.focus();
      return;
    }
    said.textContent = 'Lecture des résultats publiés…';
    void draw(request);
  });

  async function draw(request: KitRequest): Promise<void> {
    try {
      const response = await fetch(`/v1/territories/${encodeURIComponent(request.territory.id)}/results?from=${from.value}&to=${to.value}`);
      const reply = ResultsReplySchema.safeParse(await response.json().catch(() => undefined));
      if (!response.ok || !reply.success) {
        said.textContent = `Les résultats n’ont pas pu être lus (erreur ${response.status}). Réessayez dans un moment.`;
        return;
      }
      const [{ buildResults }, { ResultsRefusal }] = await Promise.all([
        import('../../../kit/src/results-kit.js'),
        import('../../../kit/src/results-figures.js'),
      ]);
      let built;
      try {
        built = await buildResults(request, reply.data.data, await options.services());
      } catch (error) {
        if (error instanceof ResultsRefusal) {
          said.textContent = error.message;
          return;
        }
        throw error;
      }
      for (const file of built) {
        const item = document.createElement('li');
        const button = Object.assign(document.createElement('button'), {
          type: 'button',
          textContent: `Télécharger\u202f: ${file.asset?.label.fr ?? file.name} (${FORMAT_LABELS[file.format]})`,
        });
        button.title = file.name;
        button.addEventListener('click', () => downloadBytes(file.name, file.bytes, MIME[file.format]));
        item.append(button);
        files.append(item);
      }
      said.textContent = `L’affiche et l’image des résultats de ${request.territory.name} sont prêtes : ${built.length} fichiers ci-dessous.`;
    } catch (error) {
      said.textContent = `Les résultats n’ont pas pu être dessinés (${(error as Error).message}).`;
    }
  }
}
