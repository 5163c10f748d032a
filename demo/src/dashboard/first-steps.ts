/**
 * « Les premiers pas » on the dashboard of a territory that has no answer yet: the three ways to
 * collect the first ones (the snippet, the kit, the survey's link), each opened on the territory,
 * instead of seven « Données insuffisantes » boxes and no next step. Shown while the figures
 * without a service or channel filter rest on no answer; hidden as soon as one arrives.
 * @module
 */
import { territoryTools } from '../../../survey/territory-heading.js';

export function firstSteps(section: HTMLElement, territoryId: string): { show(answers: number, filtered: boolean): void } {
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
      status.textContent = 'La copie n’est pas possible ici : sélectionnez le lien.';
    }
  });
  return {
    show(answers, filtered) {
      section.hidden = filtered || answers > 0;
    },
  };
}
