import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext } from '@playwright/test';
import type { Results } from '../survey/results.js';
import { BASE_URL, fixture } from './support.js';

const TERRITORY = 'commune:25056';

async function results(request: APIRequestContext): Promise<Results> {
  const response = await request.get(`/v1/territories/${TERRITORY}/results?service=mairie`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: Results }).data;
}

/** Four answers sent through the API so the figures clear the five-answer threshold. */
async function seed(request: APIRequestContext): Promise<void> {
  const answers = Array.from({ length: 4 }, () => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: TERRITORY,
    service: 'mairie',
    overall: 'moyen',
    criteria: { accueil: 3 },
  }));
  const response = await request.post('/v1/responses', { data: { answers } });
  expect(response.status()).toBe(200);
}

test('a citizen answers in the demo town page and finds the answer counted', async ({ page, request }) => {
  await seed(request);
  const before = await results(request);

  await page.goto('/demo');
  const widget = page.locator('barometre-citoyen');
  await expect(widget.getByRole('heading', { name: 'Votre avis sur ce service public' })).toBeVisible();
  const sent = page.evaluate(
    () =>
      new Promise<{ id: string; status: string }[]>((resolve) => {
        const seen: { id: string; status: string }[] = [];
        document.addEventListener('barometre-sent', (event) => {
          seen.push(event.detail);
          if (seen.length === 3) resolve(seen);
        });
      }),
  );

  // The first tap records the answer at once.
  await widget.getByRole('button', { name: 'Très bien' }).click();
  await expect(widget.getByText('Votre réponse est enregistrée')).toBeVisible();

  // Then the criteria enrich the same answer as soon as the citizen moves on, and the comment again.
  await widget.getByRole('group', { name: 'Accueil et courtoisie' }).getByRole('radio', { name: '5 – Très satisfait' }).check();
  await widget.getByRole('group', { name: 'Démarches en ligne' }).getByRole('radio', { name: 'Non concerné' }).check();
  await widget.getByRole('button', { name: 'Continuer' }).click();
  await expect(widget.getByText('Comment l’avez-vous contacté ?')).toBeFocused();
  // The criteria are acknowledged before the comment is written: a citizen who leaves now loses none of them.
  await expect.poll(async () => (await results(request)).criteria.accueil.n).toBe(before.criteria.accueil.n + 1);
  await widget.getByLabel('Comment l’avez-vous contacté ?').selectOption('guichet');
  await widget.getByLabel('Un commentaire ? (facultatif)').fill('Agent très aimable, merci.');
  await widget.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(widget.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeFocused();

  const acknowledged = await sent;
  expect(acknowledged.map((event) => event.status)).toEqual(['accepted', 'updated', 'updated']);
  expect(new Set(acknowledged.map((event) => event.id)).size).toBe(1);

  const after = await results(request);
  expect(after.answers).toBe(before.answers + 1);
  expect(after.overall.distribution?.['tres-bien']).toBe((before.overall.distribution?.['tres-bien'] ?? 0) + 1);
  expect(after.criteria.accueil.distribution?.['5']).toBe((before.criteria.accueil.distribution?.['5'] ?? 0) + 1);
  expect(after.criteria['en-ligne'].notConcerned).toBe(before.criteria['en-ligne'].notConcerned + 1);

  // Acknowledged answers leave the browser's outbox.
  const waiting = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('barometre-citoyen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
  expect(waiting).toBe(0);
});

test('the demo page and the survey’s first step have no axe-core violations', async ({ page }) => {
  await page.goto('/demo');
  await expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Très bien' })).toBeAttached();
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('GET /widget.js serves the built widget as a module other origins may load', async ({ request }) => {
  const response = await request.get('/widget.js');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/javascript/);
  expect(response.headers()['access-control-allow-origin']).toBe('*');
  expect(await response.text()).toContain('barometre-citoyen');
});

test('GET /custom-elements.json describes the element from its JSDoc: attributes, events, parts', async ({ request }) => {
  const response = await request.get('/custom-elements.json');
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    modules: { declarations?: { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[] }[] }[];
  };
  const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.tagName === 'barometre-citoyen');
  expect(element?.attributes?.map((attribute) => attribute.name).sort()).toEqual([
    'accent',
    'channel',
    'endpoint',
    'kiosk-key',
    'lang',
    'mode',
    'service',
    'source',
    'territory',
    'theme',
  ]);
  expect(element?.events?.map((event) => event.name).sort()).toEqual(['barometre-error', 'barometre-queued', 'barometre-sent', 'barometre-submit']);
  expect(element?.cssParts?.map((part) => part.name)).toContain('launcher');
});

test('each widget version has an immutable URL with its integrity hash; /widget.js is the latest, cached briefly', async ({ request, page }) => {
  const versions = (await (await request.get('/widget/versions.json')).json()) as {
    latest: string;
    versions: Record<string, { url: string; integrity: string }>;
  };
  const latest = versions.versions[versions.latest];
  expect(latest?.url).toBe(`/widget/v${versions.latest}/widget.js`);
  const pinned = await request.get(latest?.url ?? '');
  expect(pinned.status()).toBe(200);
  expect(pinned.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(pinned.headers()['access-control-allow-origin']).toBe('*');
  const { createHash } = await import('node:crypto');
  expect(
    `sha384-${createHash('sha384')
      .update(await pinned.body())
      .digest('base64')}`,
  ).toBe(latest?.integrity);
  expect((await request.get('/widget.js')).headers()['cache-control']).toBe('public, max-age=300');
  // The pinned snippet, with its integrity, runs the survey on a town's page.
  await page.goto(fixture('plain'));
  await page.setContent(
    `<!doctype html><html lang="fr"><body><main><script type="module" src="${BASE_URL}${latest?.url}" integrity="${latest?.integrity}" crossorigin="anonymous"></script><barometre-citoyen territory="commune:25056" service="mairie"></barometre-citoyen></main></body></html>`,
  );
  await expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Très bien' })).toBeVisible();
});
