/**
 * A territory's whole journey in the browser, on throw-away state, at 1280 px and at 390 px: the
 * front page's search, « Inscrire ma collectivité », the claim and its token, the team's approval
 * in `/equipe`, the town's space at `/espace`, its snippet builder and kit opened on it, a kiosk key,
 * a kiosk sending 150 answers that are all counted apart, and a comment read in the space. Axe
 * finds no violation on any page on the way. Each width is another town and another connection
 * (the launcher trusts X-Forwarded-For in the browser tests), so the daily limit of claims per
 * connection holds for each.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { kioskAddress } from '../demo/src/kiosk/kiosk-address.js';
import { KIOSK_KEY_HEADER } from '../survey/kiosk.js';
import { MAX_BATCH } from '../survey/response.js';
import type { Results } from '../survey/results.js';
import { KIT_ASSETS } from '../survey/sources.js';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { axeViolations, BASE_URL, fixture, FIXTURES_URL, KIT_PREVIEWS_DRAWN, outboxCount, recordEvents } from './support.js';

const JOURNEYS = [
  { width: 1280, id: 'commune:25434', name: 'Ornans', contact: 'communication@ornans.fr', site: 'https://www.ornans.fr', client: '198.51.100.21' },
  { width: 390, id: 'commune:25413', name: 'Mouthe', contact: 'accueil@mouthe.fr', site: 'https://www.mouthe.fr', client: '198.51.100.22' },
] as const;
const KIOSK_ANSWERS = 150;
const COMMENT = 'Accueil très aimable, et la borne est facile à utiliser.';

/** No violation, and nothing wider than the screen. */
async function checkPage(page: Page, what: string): Promise<void> {
  expect(await axeViolations(page), what).toEqual([]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what} scrolls sideways`).toBeLessThanOrEqual(0);
}

/** Picks a territory in a search box by what is typed, then by the suggestion naming its id. */
async function pickTerritory(page: Page, label: string | RegExp, typed: string, id: string): Promise<void> {
  const input = page.getByLabel(label);
  await input.fill(typed);
  const option = page.locator(`datalist option[value$="(${id})"]`);
  await expect(option).toHaveCount(1);
  await input.fill((await option.getAttribute('value')) ?? '');
}

function kioskAnswer(territory: string, index: number) {
  return {
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory,
    service: 'etat-civil',
    channel: 'guichet',
    overall: index % 3 === 0 ? 'moyen' : 'tres-bien',
    criteria: { accueil: 5, attente: (index % 5) + 1 },
    source: 'borne',
  };
}

/**
 * A fresh browser at the journey's width. Its own connection for the barometer's pages; not for a
 * town's site (`forwarded: false`), where the extra header would make the widget's cross-origin
 * requests preflighted, which a real browser never does.
 */
async function newPage(browser: Browser, journey: (typeof JOURNEYS)[number], { forwarded = true } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: journey.width, height: 900 },
    ...(forwarded ? { extraHTTPHeaders: { 'x-forwarded-for': journey.client } } : {}),
  });
  return context.newPage();
}

for (const journey of JOURNEYS) {
  test(`at ${journey.width} px, ${journey.name} finds itself, applies, is approved, embeds, promotes, sets up a kiosk and reads its citizens`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const town = await newPage(browser, journey);

    // The front page's search leads to the town's dashboard, still empty: its first steps show.
    await town.goto('/');
    await checkPage(town, 'front page');
    const search = town.getByRole('search', { name: 'Trouver une collectivité' });
    await search.getByLabel(/Nom, code postal ou code INSEE/).fill(journey.name);
    await expect(search.locator(`datalist option[value="${journey.name} (${journey.id})"]`)).toHaveCount(1);
    await search.getByLabel(/Nom, code postal ou code INSEE/).fill(`${journey.name} (${journey.id})`);
    await search.getByRole('button', { name: 'Voir son tableau de bord' }).click();
    await expect(town).toHaveURL(`${BASE_URL}/tableau-de-bord/${encodeURIComponent(journey.id)}`);
    await expect(town.getByRole('heading', { level: 1 })).toHaveText(journey.name);
    await expect(town.getByRole('heading', { name: 'Les premiers pas' })).toBeVisible();
    await checkPage(town, 'empty dashboard');

    // « Inscrire ma collectivité »: a wrong field is said next to it; then the claim and its token.
    await town.getByRole('navigation').getByRole('link', { name: 'Inscrire ma collectivité' }).click();
    await expect(town.getByRole('heading', { level: 1 })).toHaveText('Inscrire ma collectivité');
    await checkPage(town, 'registration form');
    await pickTerritory(town, 'Votre collectivité', journey.name, journey.id);
    await town.getByLabel('Adresse électronique du contact').fill('pas-une-adresse');
    await town.getByLabel(/Adresses de vos sites/).fill(`${journey.site}/accueil\n${FIXTURES_URL}`);
    await town.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(town.locator('#contact-error')).toHaveText('Cette adresse électronique n’est pas valide\u202f: écrivez-la sous la forme nom@domaine.fr.');
    await expect(town.getByLabel('Adresse électronique du contact')).toBeFocused();
    await checkPage(town, 'registration form with an error');
    await town.getByLabel('Adresse électronique du contact').fill(journey.contact);
    await town.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(town.getByRole('heading', { name: `Demande envoyée pour ${journey.name}` })).toBeFocused();
    await expect(town.getByLabel('Code d’accès de la collectivité')).not.toHaveValue('');
    const token = await town.getByLabel('Code d’accès de la collectivité').inputValue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await expect(town.getByRole('link', { name: 'Télécharger le code (fichier texte)' })).toHaveAttribute(
      'download',
      `barometre-code-${journey.id.replace(':', '-')}.txt`,
    );
    await checkPage(town, 'registration done');

    // The team approves the claim in its console, with the facts in front of it.
    const team = await newPage(browser, journey);
    await team.goto('/equipe');
    await team.getByLabel('Jeton de l’équipe').fill(LOCAL_OPERATOR_TOKEN);
    await team.getByRole('button', { name: 'Ouvrir la console' }).click();
    const claim = team.locator('#claims > li').filter({ hasText: journey.contact });
    await expect(claim.getByRole('heading')).toHaveText(`${journey.name} (25)`);
    await expect(claim).toContainText('l’adresse du contact est au domaine d’un site déclaré');
    await expect(claim).toContainText(`${journey.site}, ${FIXTURES_URL}`);
    await checkPage(team, 'team console');
    await claim.getByRole('button', { name: `Valider la demande de ${journey.name} (${journey.contact})` }).click();
    await expect(team.locator('#claims-status')).toHaveText(
      `${journey.name} est inscrite\u202f: ses sites sont appliqués et son code d’accès ouvre son espace.`,
    );
    await expect(claim).toHaveCount(0);
    await team.context().close();

    // Another day, another browser: the town signs in to its space with its code.
    await town.context().close();
    const space = await newPage(browser, journey);
    await space.goto('/espace');
    await pickTerritory(space, 'Votre collectivité', journey.name, journey.id);
    await space.locator('#sign-in').getByLabel('Code d’accès').fill(token);
    await space.getByRole('button', { name: 'Ouvrir mon espace' }).click();
    await expect(space.getByRole('heading', { level: 1 })).toHaveText(`Espace de ${journey.name}`);
    await expect(space.locator('#status')).toContainText('Inscription validée le');
    await checkPage(space, 'territory space');

    // Its shortcuts open the snippet builder and the kit on the town.
    await space.getByRole('main').getByRole('link', { name: 'Intégrer le questionnaire' }).click();
    await expect(space.getByLabel('Collectivité (nom, code postal ou code INSEE)')).toHaveValue(`${journey.name} (${journey.id})`);
    await space.goBack();
    await space.getByRole('main').getByRole('link', { name: 'Le kit de communication' }).click();
    await expect(space.locator('#previews img')).toHaveCount(KIT_ASSETS.length, KIT_PREVIEWS_DRAWN);
    await expect(space.getByRole('status')).toHaveText(`Aperçu de ${KIT_ASSETS.length} supports pour ${journey.name}.`);
    await space.goBack();

    // A kiosk key, open every day and night so the test holds at any hour.
    await expect(space.getByRole('heading', { level: 1 })).toHaveText(`Espace de ${journey.name}`);
    await space.getByLabel('Nom de la borne').fill('Accueil de la mairie');
    await space.getByLabel('dimanche').check();
    await space.getByLabel('Ouverte jour et nuit (de 00:00 à minuit)').check();
    await space.getByRole('button', { name: 'Créer la borne' }).click();
    await expect(space.getByLabel(/^Ou ce code/)).toHaveValue(/kiosk-key=/);
    const snippet = await space.getByLabel(/^Ou ce code/).inputValue();
    const key = /kiosk-key="([A-Za-z0-9_-]+)"/.exec(snippet)?.[1] ?? '';
    expect(snippet).toContain(`<barometre-citoyen territory="${journey.id}" mode="kiosk" kiosk-key="${key}">`);
    await expect(space.getByLabel('Adresse de la borne')).toHaveValue(kioskAddress(BASE_URL, journey.id, key));
    await expect(space.locator('#kiosks > li')).toContainText('Accueil de la mairie');
    await expect(space.locator('#kiosks > li')).toContainText('tous les jours, jour et nuit');
    await checkPage(space, 'territory space with a kiosk');

    // The kiosk: one citizen through the widget on the town's own site, then 149 more.
    const kiosk = await newPage(browser, journey, { forwarded: false });
    await kiosk.goto(fixture('kiosk', { territory: journey.id, 'kiosk-key': key }));
    const widget = kiosk.locator('barometre-citoyen');
    // What the widget heard from the server about its answer: said when the count below is short.
    const events = await recordEvents(kiosk);
    await widget.getByRole('button', { name: 'Très bien' }).click();
    await widget.getByRole('button', { name: 'Continuer' }).click();
    await widget.getByLabel('Un commentaire ? (facultatif)').fill(COMMENT);
    await widget.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await expect(widget.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeVisible();
    await expect.poll(() => outboxCount(kiosk)).toBe(0);
    const heard = JSON.stringify(await events());
    const rest = Array.from({ length: KIOSK_ANSWERS - 1 }, (_, index) => kioskAnswer(journey.id, index));
    for (let start = 0; start < rest.length; start += MAX_BATCH) {
      const response = await request.post('/v1/responses', {
        headers: { [KIOSK_KEY_HEADER]: key, 'x-forwarded-for': journey.client },
        data: { answers: rest.slice(start, start + MAX_BATCH) },
      });
      expect(response.status()).toBe(200);
      const { results } = ((await response.json()) as { data: { results: { status: string }[] } }).data;
      expect(results.map((result) => result.status)).toEqual(rest.slice(start, start + MAX_BATCH).map(() => 'accepted'));
    }
    await kiosk.context().close();

    // The team sees the town's kiosk among every territory's.
    const console = await newPage(browser, journey);
    await console.goto('/equipe');
    await console.getByLabel('Jeton de l’équipe').fill(LOCAL_OPERATOR_TOKEN);
    await console.getByRole('button', { name: 'Ouvrir la console' }).click();
    await expect(console.locator('#team-kiosks > li').filter({ hasText: `${journey.name} — Accueil de la mairie` })).toContainText(
      'tous les jours, jour et nuit',
    );
    await console.context().close();

    const counted = ((await (await request.get(`/v1/territories/${journey.id}/results`)).json()) as { data: Results }).data;
    // The exclusions first: a short count says more with them and with what the widget heard.
    expect(counted.excluded, heard).toEqual({ refused: 0, flagged: 0, capped: 0 });
    expect(counted.answers, heard).toBe(KIOSK_ANSWERS);
    expect(counted.breakdown.sources).toEqual({ borne: KIOSK_ANSWERS });

    // The town reads the kiosk's comment in its space, with its rating, service and channel.
    await space.reload();
    const comment = space.locator('#comments > li').filter({ hasText: COMMENT });
    await expect(comment).toContainText('Très bien · État civil · Au guichet');
    await checkPage(space, 'territory space with a comment');
    await space.context().close();
  });
}
