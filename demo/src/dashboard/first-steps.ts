/**
 * « Les premiers pas » on the dashboard of a territory whose figures cannot show yet: the three ways
 * to collect the first answers (the snippet, the kit, the survey's link), each opened on the
 * territory, and the count of answers as they arrive, read again every 30 s while the page is in
 * view, until the first figures show (MIN_ANSWERS). Not shown under a filter of the reader's
 * choosing, where few answers say nothing about the territory's start. The Worker already shows it
 * in the page's HTML when the summaries hold too few answers, so it does not push the figures down
 * once they load (worker/src/pages/dashboard-page.ts).
 * @module
 */
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import { territoryTools } from '../../../survey/territory-heading.js';

/** How often the count is read again while the page is in view. */
const POLL_MS = 30_000;

export function countText(answers: number): string {
  if (answers === 0) return `Aucune réponse pour l’instant. Les premiers chiffres s’afficheront ici à partir de ${MIN_ANSWERS} réponses.`;
  const received = `${answers} réponse${answers > 1 ? 's' : ''} reçue${answers > 1 ? 's' : ''}`;
  const missing = MIN_ANSWERS - answers;
  return `${received}\u202f: encore ${missing} et les premiers chiffres s’afficheront ici.`;
}

export function firstSteps(section: HTMLElement, territoryId: string, refresh: () => void): { show(answers: number, filtered: boolean): void } {
  const tools = territoryTools(territoryId);
  const link = section.querySelector<HTMLAnchorElement>('#step-link') as HTMLAnchorElement;
  const status = section.querySelector<HTMLElement>('#copy-status') as HTMLElement;
  (section.querySelector('#step-embed') as HTMLAnchorElement).href = tools.embed;
  (section.querySelector('#step-kit') as HTMLAnchorElement).href = tools.kit;
  link.href = tools.survey;
  link.textContent = link.href;
  section.querySelector('#copy-link')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(link.href);
      status.textContent = 'Lien copié.';
    } catch {
      // No clipboard (an insecure origin, a refusal): the link is there to select by hand.
      status.textContent = 'La copie n’est pas possible ici\u202f: sélectionnez le lien.';
    }
  });
  const count = section.querySelector<HTMLElement>('#first-count') as HTMLElement;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    show(answers, filtered) {
      section.hidden = filtered || answers >= MIN_ANSWERS;
      count.textContent = countText(answers);
      clearTimeout(timer);
      // Watching for the first answers only while someone can see them arrive.
      if (!section.hidden) timer = setTimeout(() => (document.hidden ? addEventListener('visibilitychange', refresh, { once: true }) : refresh()), POLL_MS);
    },
  };
}
