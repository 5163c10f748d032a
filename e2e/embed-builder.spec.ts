/** The snippet builder: a webmaster's choices become a working, pinned snippet and a live preview. */
import { expect, test } from '@playwright/test';
import { axeViolations, BASE_URL, fixture } from './support.js';

test('a webmaster builds, previews and copies a snippet that works on another site', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/integrer');
  await page.getByLabel('Collectivité (nom, code postal ou code INSEE)').fill('besan');
  await expect(page.locator('#territory-options option').first()).toHaveAttribute('value', 'Besançon (commune:25056)');
  await page.getByLabel('Collectivité (nom, code postal ou code INSEE)').fill('Besançon (commune:25056)');
  await page.getByLabel('Service évalué').selectOption('bibliotheque');
  await page.getByLabel('Présentation').selectOption('button');
  await page.getByLabel('Apparence').selectOption('dsfr');
  const snippet = page.locator('#snippet');
  await expect(snippet).toContainText('<barometre-citoyen territory="commune:25056" service="bibliotheque" mode="button" theme="dsfr"></barometre-citoyen>');
  await expect(snippet).toContainText(
    /src="http:\/\/127\.0\.0\.1:\d+\/widget\/v\d+\.\d+\.\d+\/widget\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"/,
  );
  await expect(page.locator('#preview barometre-citoyen').getByRole('button', { name: 'Donnez votre avis' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Copier le code' }).click();
  await expect(page.locator('#copy-status')).toContainText('Code copié');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippet.textContent());

  // Pasted into a town's page served elsewhere, it runs.
  await page.goto(fixture('plain'));
  await page.setContent(`<!doctype html><html lang="fr"><body><main><h1>Médiathèque</h1>${copied}</main></body></html>`);
  await expect(page.locator('barometre-citoyen').getByRole('button', { name: 'Donnez votre avis' })).toBeVisible();
  expect(BASE_URL).toContain('127.0.0.1');
});

test('the builder never shows a snippet for a territory or a colour that is not what the webmaster sees', async ({ page }) => {
  await page.goto('/integrer?territory=commune:99999');
  await expect(page.locator('#territory-error')).toHaveText('Aucune collectivité n’a le code commune:99999 (lien ?territory=).');
  const box = page.getByLabel('Collectivité (nom, code postal ou code INSEE)');
  const snippet = page.locator('#snippet');
  // A bare INSEE code picks its commune.
  await box.fill('25056');
  await expect(snippet).toContainText('territory="commune:25056"');
  await expect(page.locator('#territory-error')).toBeHidden();
  // Typing something else drops the earlier choice at once.
  await box.fill('Paris');
  await expect(snippet).toHaveText('Choisissez d’abord une collectivité dans la liste proposée.');
  await box.fill('zzzzqq');
  await expect(page.locator('#territory-error')).toHaveText('Aucune collectivité ne correspond à «\u202fzzzzqq\u202f».');
  await box.fill('Besançon (commune:25056)');
  await expect(snippet).toContainText('territory="commune:25056"');

  // Answers are written in the accent on white: a light one is refused, a dark one becomes an attribute.
  const accent = page.getByLabel('Couleur principale');
  await accent.fill('#ffff33');
  await expect(page.locator('#accent-error')).toContainText('Trop clair\u202f: 1,1:1 sur fond blanc');
  await expect(accent).toHaveAttribute('aria-invalid', 'true');
  await expect(snippet).not.toContainText('accent=');
  await accent.fill('#8a2be2');
  await expect(page.locator('#accent-error')).toBeHidden();
  await expect(snippet).toContainText('<barometre-citoyen territory="commune:25056" accent="#8a2be2"></barometre-citoyen>');
  await expect(snippet).not.toContainText('style=');
});
