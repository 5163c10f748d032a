/**
 * A territory's space (`/espace`): a wrong code is refused in French, a pending claim sees where it
 * stands and nothing more, an approved one reads its comments as text (never as markup), filters
 * them and downloads them as CSV, edits its sites and replaces its code; a counter tablet opens the
 * kiosk page with its key.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { Results } from '../survey/results.js';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { axeViolations, BASE_URL, outboxCount } from './support.js';

// Another category than the Trophée test's, so its ranking stays still; a connection of its own.
const TERRITORY = 'commune:39300';
const CLIENT = { 'x-forwarded-for': '198.51.100.31' };
const MARKUP = '<img src=x onerror="document.title=\'pwned\'"> Très bon accueil';
const WAIT = 'Le délai au téléphone était long.';

function answer(overall: string, service: string, comment: string) {
  return { id: crypto.randomUUID(), questionnaire: 'v1', territory: TERRITORY, service, channel: 'telephone', overall, comment };
}

async function signIn(page: Page, token: string): Promise<void> {
  await page.goto('/espace');
  await page.getByLabel('Votre collectivité').fill(TERRITORY);
  await page.locator('#sign-in').getByLabel('Code d’accès').fill(token);
  await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
}

test.use({ extraHTTPHeaders: CLIENT });

test('a territory’s space: refused with a wrong code, a status while pending, then its comments as text, filtered and downloaded', async ({
  page,
  request,
}) => {
  const claimed = await request.post('/v1/territories', { data: { territory: TERRITORY, contact: 'mairie@example.fr' }, headers: CLIENT });
  expect(claimed.status()).toBe(201);
  const { adminToken, claim } = ((await claimed.json()) as { data: { adminToken: string; claim: string } }).data;
  for (const sent of [answer('tres-bien', 'mairie', MARKUP), answer('pas-bien', 'etat-civil', WAIT)]) {
    expect((await request.post('/v1/responses', { data: sent, headers: CLIENT })).status()).toBe(200);
  }

  await signIn(page, 'mauvais-code-mauvais-code');
  await expect(page.locator('#token-error')).toHaveText('Ce code d’accès ne correspond pas à cette collectivité (ou la demande a été refusée ou a expiré).');
  expect(await axeViolations(page)).toEqual([]);

  // Pending: where the claim stands, and none of what needs the team's approval.
  await signIn(page, adminToken);
  await expect(page.locator('#status')).toContainText('en attente de vérification par l’équipe du baromètre');
  await expect(page.locator('#comments-panel')).toBeHidden();
  await expect(page.getByRole('link', { name: 'Le tableau de bord public' })).toHaveAttribute('href', `/tableau-de-bord/${encodeURIComponent(TERRITORY)}`);
  expect(await axeViolations(page)).toEqual([]);

  const approval = await request.post(`/v1/registrations/${claim}/approve`, { headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` } });
  expect(approval.status()).toBe(200);
  // The tab keeps the code: a reload opens the space, approved now.
  await page.reload();
  await expect(page.locator('#status')).toContainText('Inscription validée le');
  const comments = page.locator('#comments > li');
  await expect(comments).toHaveCount(2);
  await expect(comments.filter({ hasText: MARKUP })).toContainText('Très bien · Mairie · Par téléphone');
  await expect(page.locator('#comments img')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  expect(await axeViolations(page)).toEqual([]);

  await page.getByLabel('Appréciation').selectOption('pas-bien');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(comments).toHaveCount(1);
  await expect(comments).toContainText(WAIT);
  await expect(page.locator('#comments-status')).toHaveText('1 commentaire affiché.');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Les commentaires en CSV' }).click();
  const csv = await readFile((await (await downloading).path()) ?? '', 'utf8');
  expect(csv).toContain(WAIT);
  expect(csv).not.toContain('Très bon accueil');

  // The raw results, same filter: one row per matching answer, with or without a comment.
  const raw = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Toutes les réponses en CSV' }).click();
  const download = await raw;
  expect(download.suggestedFilename()).toBe(`reponses-${TERRITORY.replace(':', '-')}.csv`);
  const rows = (await readFile((await download.path()) ?? '', 'utf8'))
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(rows[0]).toBe('mois;service;canal;source;langue;appreciation;accessibilite;accueil;attente;efficacite;en_ligne;commentaire;ecarte_des_chiffres');
  expect(rows.slice(1).every((row) => row.includes(';pas-bien;'))).toBe(true);
  expect(rows.join('\n')).toContain(WAIT);
  await expect(page.locator('#comments-status')).toContainText('une ligne par réponse');
});

test('a territory edits its sites and replaces its code; the old code stops working', async ({ page, request }) => {
  const territory = 'commune:39301';
  const claimed = await request.post('/v1/territories', { data: { territory, contact: 'mairie@example.fr' }, headers: CLIENT });
  const { adminToken, claim } = ((await claimed.json()) as { data: { adminToken: string; claim: string } }).data;
  await request.post(`/v1/registrations/${claim}/approve`, { headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` } });
  await page.goto('/espace');
  await page.getByLabel('Votre collectivité').fill(territory);
  await page.locator('#sign-in').getByLabel('Code d’accès').fill(adminToken);
  await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();

  const sites = page.getByLabel('Adresses de vos sites, une par ligne');
  await sites.fill('mairie de la ville');
  await page.getByRole('button', { name: 'Enregistrer les sites' }).click();
  await expect(page.locator('#origins-error')).toHaveText(
    '«\u202fmairie de la ville\u202f» n’est pas l’adresse d’un site. Écrivez par exemple https://www.ville.fr, un site par ligne.',
  );
  await sites.fill('www.ville.fr/contact\nhttps://agglo.fr');
  await page.getByRole('button', { name: 'Enregistrer les sites' }).click();
  await expect(page.locator('#origins-status')).toContainText('Enregistré\u202f: 2 sites autorisés');
  await expect(sites).toHaveValue('https://www.ville.fr\nhttps://agglo.fr');

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Remplacer le code d’accès' }).click();
  await expect(page.getByLabel('Nouveau code d’accès')).not.toHaveValue('');
  const replaced = await page.getByLabel('Nouveau code d’accès').inputValue();
  expect(replaced).not.toBe(adminToken);
  const old = await request.get(`/v1/territories/${territory}/registration`, { headers: { authorization: `Bearer ${adminToken}`, ...CLIENT } });
  expect(old.status()).toBe(403);
  const fresh = await request.get(`/v1/territories/${territory}/registration`, { headers: { authorization: `Bearer ${replaced}`, ...CLIENT } });
  expect(((await fresh.json()) as { data: { origins: string[] } }).data.origins).toEqual(['https://www.ville.fr', 'https://agglo.fr']);
});

test('a counter tablet opens the kiosk page with its key: answers counted as borne, refused once the key is revoked', async ({ page, request }) => {
  const territory = 'commune:39302';
  const claimed = await request.post('/v1/territories', { data: { territory, contact: 'mairie@example.fr' }, headers: CLIENT });
  const { adminToken, claim } = ((await claimed.json()) as { data: { adminToken: string; claim: string } }).data;
  await request.post(`/v1/registrations/${claim}/approve`, { headers: { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` } });
  const admin = { authorization: `Bearer ${adminToken}`, ...CLIENT };
  const created = await request.post(`/v1/territories/${territory}/kiosks`, {
    headers: admin,
    data: { label: 'Accueil', hours: { opens: '00:00', closes: '24:00' }, days: [1, 2, 3, 4, 5, 6, 7] },
  });
  const kiosk = ((await created.json()) as { data: { id: string; key: string } }).data;

  // Without its address's fragment, the page says how to set the tablet up.
  await page.goto('/borne');
  await expect(page.getByRole('heading', { name: 'Cette borne n’est pas encore réglée' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(`/borne#territoire=${territory}&cle=${kiosk.key}&service=etat-civil`);
  const survey = page.locator('barometre-citoyen');
  await expect(survey).toHaveAttribute('kiosk-key', kiosk.key);
  await expect(survey).toHaveAttribute('service', 'etat-civil');
  await survey.getByRole('button', { name: 'Moyen' }).click();
  await survey.getByRole('button', { name: 'Continuer' }).click();
  await survey.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(survey.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeVisible();
  await expect.poll(() => outboxCount(page)).toBe(0);
  expect(await axeViolations(page)).toEqual([]);
  const results = async () => ((await (await request.get(`/v1/territories/${territory}/results`)).json()) as { data: Results }).data;
  expect((await results()).breakdown.sources).toEqual({ borne: 1 });

  // Revoked: the tablet's next answer is refused, and said to be.
  expect((await request.delete(`/v1/territories/${territory}/kiosks/${kiosk.id}`, { headers: admin })).status()).toBe(200);
  await page.reload();
  // The answer goes at the first tap: refused, the survey says so instead of going on.
  await survey.getByRole('button', { name: 'Très bien' }).click();
  await expect(survey.getByRole('alert')).toHaveText('Votre réponse n’a pas pu être enregistrée : ce questionnaire est mal configuré sur ce site.');
  await expect(survey.getByRole('status')).toHaveText('');
  expect((await results()).answers).toBe(1);
});

test('the team refuses a claim with a reason in its console; the claim’s space says so and offers to apply again', async ({ page, browser, request }) => {
  const territory = 'commune:39304';
  const claimed = await request.post('/v1/territories', { data: { territory, contact: 'inconnu@example.com' }, headers: CLIENT });
  expect(claimed.status()).toBe(201);
  const { adminToken } = ((await claimed.json()) as { data: { adminToken: string } }).data;

  const team = await browser.newPage({ baseURL: BASE_URL });
  await team.goto('/equipe');
  await team.getByLabel('Jeton de l’équipe').fill(LOCAL_OPERATOR_TOKEN);
  await team.getByRole('button', { name: 'Ouvrir la console' }).click();
  const card = team.locator('#claims > li').filter({ hasText: 'inconnu@example.com' });
  await card.getByRole('button', { name: /^Refuser la demande/ }).click();
  await card.getByLabel('Motif du refus').fill('Adresse sans lien avec la mairie : écrivez-nous depuis une adresse de la collectivité.');
  await card.getByRole('button', { name: 'Confirmer le refus' }).click();
  await expect(team.locator('#claims-status')).toContainText('est refusée\u202f; son espace en affiche le motif pendant 30 jours.');
  await team.close();

  await page.goto('/espace');
  await page.getByLabel('Votre collectivité').fill(territory);
  await page.locator('#sign-in').getByLabel('Code d’accès').fill(adminToken);
  await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
  await expect(page.locator('#status')).toContainText('Demande refusée le');
  await expect(page.locator('#status-facts')).toContainText('Adresse sans lien avec la mairie : écrivez-nous depuis une adresse de la collectivité.');
  await expect(page.locator('#status-facts').getByRole('link', { name: 'déposer une nouvelle demande' })).toHaveAttribute('href', '/inscription');
  await expect(page.locator('#comments-panel')).toBeHidden();
  expect(await axeViolations(page)).toEqual([]);
});
