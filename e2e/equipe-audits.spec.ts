/**
 * The team's console, « Auditeurs et campagnes » (issue 20): an auditor created with its sign-in
 * link shown once, a campaign line added through the territory search and saved, the audits
 * received per line, a line removed, the auditor revoked; at a phone's width and a desktop's, axe.
 * Years 2059 and 2060, one per width (the two run in parallel), which no other test's campaign
 * uses: PUT replaces a year's whole list.
 */
import { expect, test } from '@playwright/test';
import { AUDIT_GRID_V1, type AuditChannel } from '../survey/audit-grid.js';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { axeViolations, typographyErrors } from './support.js';

const CLIENT = { 'x-forwarded-for': '198.51.100.59' };
const operator = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, ...CLIENT };

/** An audit, every item met, for the dev bulk route (an audit observed in 2059 cannot go through POST /v1/audits yet). */
function audit(auditor: string, channel: AuditChannel, year: number) {
  const observations = Object.fromEntries(AUDIT_GRID_V1[channel].map((item) => [item.id, item.kind === 'fact' ? 'oui' : 1]));
  return {
    auditor,
    receivedAt: Date.UTC(year, 2, 2),
    audit: {
      id: crypto.randomUUID(),
      grid: 'v1',
      territory: 'commune:25056',
      service: 'etat-civil',
      channel,
      observedAt: new Date(Date.UTC(year, 2, 1, 10)).toISOString(),
      observations,
    },
  };
}

test.use({ extraHTTPHeaders: CLIENT });

for (const [width, YEAR] of [
  [390, 2059],
  [1280, 2060],
] as const) {
  test(`the team creates an auditor, edits the ${YEAR} campaign, sees the audits received and revokes the auditor (${width} px)`, async ({ page, request }) => {
    await page.setViewportSize({ width, height: 900 });
    const name = `Auditrice ${width}`;
    await page.goto('/equipe');
    await page.getByLabel('Jeton de l’équipe').fill(LOCAL_OPERATOR_TOKEN);
    await page.getByRole('button', { name: 'Ouvrir la console' }).click();

    await page.getByRole('button', { name: 'Créer l’auditeur' }).click();
    await expect(page.locator('#auditor-name-error')).toHaveText('Saisissez le nom de l’auditeur (2 caractères au moins).');
    await page.getByLabel('Nom de l’auditeur').fill(name);
    await page.getByRole('button', { name: 'Créer l’auditeur' }).click();
    const link = page.getByLabel('Lien de connexion à l’application d’audit');
    await expect(link).toHaveValue(/\/audit#jeton=.{20,}$/);
    const token = decodeURIComponent(/#jeton=(.+)$/.exec(await link.inputValue())?.[1] ?? '');
    // The link's token is the auditor's own: it opens its (empty) assignments.
    const own = await request.get(`/v1/audits/assignments?year=${YEAR}`, { headers: { authorization: `Bearer ${token}` } });
    expect(own.status()).toBe(200);
    expect(((await own.json()) as { data: { auditor: { name: string } } }).data.auditor.name).toBe(name);
    const card = page.locator('#auditors > li').filter({ hasText: name });
    await expect(card).toContainText('Créé le');

    await page.getByLabel('Année de la campagne').fill(String(YEAR));
    await page.getByRole('button', { name: 'Afficher la campagne' }).click();
    await page.getByLabel('Auditeur', { exact: true }).selectOption({ label: name });
    const territory = page.getByLabel('Collectivité', { exact: true });
    await territory.fill('Besançon');
    const option = page.locator('#assignment-territories option').first();
    await expect(option).toHaveAttribute('value', /commune:25056/);
    await territory.fill((await option.getAttribute('value')) ?? '');
    await page.getByLabel('Service').selectOption('etat-civil');
    for (const channel of ['Appel téléphonique', 'Site internet']) {
      await page.getByLabel('Canal').selectOption({ label: channel });
      await page.getByRole('button', { name: 'Ajouter la ligne' }).click();
      await expect(page.locator('#campaign > li').filter({ hasText: channel })).toContainText(name);
    }
    await expect(page.locator('#campaign-save-status')).toHaveText('Ligne ajoutée. Modifications non enregistrées.');
    // The same line twice is refused.
    await page.getByRole('button', { name: 'Ajouter la ligne' }).click();
    await expect(page.locator('#campaign-save-status')).toHaveText('Cette ligne est déjà dans la campagne.');
    await expect(page.locator('#campaign > li')).toHaveCount(2);
    await page.getByRole('button', { name: 'Enregistrer la campagne' }).click();
    await expect(page.locator('#campaign-save-status')).toHaveText(`Campagne ${YEAR} enregistrée.`);

    const { auditors } = ((await (await request.get('/v1/auditors', { headers: operator })).json()) as { data: { auditors: { id: string; name: string }[] } })
      .data;
    const id = auditors.find((auditor) => auditor.name === name)?.id ?? '';
    const bulk = await request.post('/v1/dev/audits', { data: { audits: [audit(id, 'telephone', YEAR), audit(id, 'telephone', YEAR)] } });
    expect(bulk.status()).toBe(200);
    await page.getByRole('button', { name: 'Afficher la campagne' }).click();
    const line = (channel: string) => page.locator('#campaign > li').filter({ hasText: name }).filter({ hasText: channel });
    await expect(line('Appel téléphonique')).toContainText('Besançon (25) · État civil');
    await expect(line('Appel téléphonique')).toContainText('2 audits reçus');
    await expect(line('Site internet')).toContainText('0 audit reçu');
    expect(await axeViolations(page)).toEqual([]);
    expect(await typographyErrors(page)).toEqual([]);
    // Nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await line('Site internet')
      .getByRole('button', { name: /^Retirer la ligne/ })
      .click();
    await page.getByRole('button', { name: 'Enregistrer la campagne' }).click();
    await expect(page.locator('#campaign-save-status')).toHaveText(`Campagne ${YEAR} enregistrée.`);
    const saved = (
      (await (await request.get(`/v1/campaigns/${YEAR}`, { headers: operator })).json()) as {
        data: { assignments: { auditor: { name: string }; channel: string; audits: number }[] };
      }
    ).data.assignments.filter((entry) => entry.auditor.name === name);
    expect(saved.map((entry) => [entry.channel, entry.audits])).toEqual([['telephone', 2]]);

    page.once('dialog', (dialog) => void dialog.accept());
    await card.getByRole('button', { name: `Révoquer ${name}` }).click();
    await expect(card).toContainText('révoqué le');
    const revoked = await request.get(`/v1/audits/assignments?year=${YEAR}`, { headers: { authorization: `Bearer ${token}`, ...CLIENT } });
    expect(revoked.status()).toBe(403);
  });
}
