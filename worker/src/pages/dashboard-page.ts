/**
 * `/tableau-de-bord/:territory`: the one static dashboard page, with the territory's name and
 * description written into its title and heading by the Worker, so the largest text of the page is
 * there at the first paint instead of after a script's fetch; its links to the territory's Trophée
 * category and kit too, so that a link followed as soon as the name shows already leads there; and
 * the territory on the results element (`data-territory`), so the figures load without waiting
 * for a lookup. An id that names no territory gets the page with a 404 status, its results element
 * marked `data-unknown`: its script says so and offers a search, and asks the API nothing about it.
 * A territory whose summaries hold fewer answers than the first figures need gets its « premiers
 * pas » shown in the HTML, so they do not push the figures down when the script confirms them (the
 * summaries trail the ledger by SUMMARY_DELAY_SECONDS: a territory's very first answers may make
 * the script hide them again, once).
 * @module
 */
import type { Context } from 'hono';
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { dashboardTitle, territoryLinks, territorySubtitle, territoryTools } from '../../../survey/territory-heading.js';
import { summarisedAnswers } from '../db/summaries.js';
import type { AppEnv } from '../env.js';

export async function dashboardPage(c: Context<AppEnv>): Promise<Response> {
  const page = await c.env.ASSETS.fetch(new URL('/tableau-de-bord', c.req.url));
  const territory = findTerritory(c.req.param('territory') ?? '');
  if (!page.ok) return page;
  if (!territory) {
    // A 404 that still helps: the page's script says the territory does not exist and offers a
    // search, without asking the API about an id the Worker already knows is no territory.
    const unknown = new HTMLRewriter().on('#results', { element: (element) => void element.setAttribute('data-unknown', '') }).transform(page);
    return new Response(unknown.body, { status: 404, headers: unknown.headers });
  }
  const links = territoryLinks(territory);
  // With no filter in the address the page opens on all the territory's answers: will they show?
  const filtered = ['from', 'to', 'service', 'channel'].some((name) => c.req.query(name));
  const starting = !filtered && (await summarisedAnswers(c.env, territory.id).catch(() => MIN_ANSWERS)) < MIN_ANSWERS;
  const tools = territoryTools(territory.id);
  // HTMLRewriter's setInnerContent escapes text by default: a name is never markup.
  return (
    new HTMLRewriter()
      .on('#nav-kit', { element: (element) => void element.setAttribute('href', links.kit) })
      .on('#report-link', { element: (element) => void element.setAttribute('href', `/rapport?territoire=${encodeURIComponent(territory.id)}`) })
      .on('#nav-trophy', { element: (element) => void (links.trophy && element.setAttribute('href', links.trophy)) })
      .on('title', { element: (element) => void element.setInnerContent(dashboardTitle(territory)) })
      .on('#title', { element: (element) => void element.setInnerContent(territory.name) })
      .on('#subtitle', { element: (element) => void element.setInnerContent(territorySubtitle(territory)) })
      // Known to exist: the page's script gives the results their territory with the filters, in one
      // update (one load), without looking the territory up first.
      .on('#results', { element: (element) => void element.setAttribute('data-territory', territory.id) })
      .on('#first-steps', { element: (element) => void (starting && element.removeAttribute('hidden')) })
      // Shown before any script runs, so complete before any script runs: each step opened on the territory.
      .on('#step-embed', { element: (element) => void element.setAttribute('href', tools.embed) })
      .on('#step-kit', { element: (element) => void element.setAttribute('href', tools.kit) })
      .on('#step-link', {
        element: (element) => {
          element.setAttribute('href', tools.survey);
          element.setInnerContent(new URL(tools.survey, c.req.url).href);
        },
      })
      .transform(page)
  );
}
