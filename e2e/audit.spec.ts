/**
 * The auditors' app (/audit) against the real Worker (issue 20, item 8): the team creates an
 * auditor and assigns them by API; the auditor signs in from their link, loses the network, reloads
 * the app from its service worker's cache, records a phone call and a visit that wait on the phone,
 * and sees them received once the network is back; the territory's audit results then count them,
 * a figure appearing from the third audit. Also: a draft survives a reload, errors are told beside
 * their fields and in a focused summary, a submitted audit is read-only, a refusal is kept with the
 * server's words, axe at 1280 and 390 px.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { AUDIT_CHANNEL_LABELS_FR, AUDIT_GRID_V1, type AuditChannel } from '../survey/audit-grid.js';
import { AuditResultsReplySchema } from '../survey/audits.js';
import { SERVICE_LABELS_FR, type Service } from '../survey/questionnaire.js';
import '../survey/reference-data.js';
import { allTerritories } from '../survey/territory-directory.js';
import { assignedAuditor, axeViolations, OPERATOR, typographyErrors } from './support.js';

/** The app asks for the current campaign; an audit must fall in its year and not in the future. */
const YEAR = new Date().getFullYear();
/** Haute-Corse, where no other browser test writes: its audit counts are this file's alone. */
const HAUTE_CORSE = allTerritories().filter((territory) => territory.kind === 'commune' && territory.departement === '2B');
const TOWN = HAUTE_CORSE[0] as { id: string; name: string };
const OTHER = HAUTE_CORSE[1] as { id: string; name: string };

// Serial: the tests share the auditor and the campaign. Each test signs in, records and runs axe
// more than once: 20 s on a loaded 2-core machine, so twice the default time.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

let token = '';

async function auditCount(request: APIRequestContext, territory: string) {
  const response = await request.get(`/v1/territories/${territory}/audits?year=${YEAR}`);
  expect(response.status()).toBe(200);
  return AuditResultsReplySchema.parse(await response.json()).data;
}

/** The button that starts an audit for this assignment. */
const startButton = (page: Page, town: string, service: Service, channel: AuditChannel) =>
  page.getByRole('button', { name: `Nouvel audit\u202f: ${SERVICE_LABELS_FR[service]} · ${AUDIT_CHANNEL_LABELS_FR[channel]}, ${town}` });

/** Answers every item of the channel's grid: each fact « Oui », each measure within its commitment. */
async function fillGrid(page: Page, channel: AuditChannel): Promise<void> {
  for (const item of AUDIT_GRID_V1[channel]) {
    if (item.kind === 'fact') await page.getByRole('group', { name: item.label }).getByRole('radio', { name: 'Oui' }).check();
    else await page.getByRole('spinbutton', { name: item.label }).fill(String(item.full));
  }
}

async function recordAudit(page: Page, town: string, service: Service, channel: AuditChannel): Promise<void> {
  await startButton(page, town, service, channel).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${town}`) })).toBeFocused();
  await fillGrid(page, channel);
  await page.getByLabel('Notes (facultatif)').fill('Accueil aimable, attente courte.');
  await page.getByRole('button', { name: 'Valider et envoyer l’audit' }).click();
  await expect(page.getByRole('heading', { name: 'Vos audits à mener' })).toBeVisible();
}

test.beforeAll(async ({ request }) => {
  ({ token } = await assignedAuditor(
    request,
    YEAR,
    [
      { territory: TOWN.id, service: 'mairie', channel: 'telephone' },
      { territory: TOWN.id, service: 'mairie', channel: 'accueil-physique' },
      { territory: TOWN.id, service: 'etat-civil', channel: 'site-internet' },
      { territory: OTHER.id, service: 'mairie', channel: 'courriel' },
      { territory: OTHER.id, service: 'bibliotheque', channel: 'courrier' },
    ],
    'Camille Auditrice',
  ));
});

test.describe('at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('signs in from a link, reopens offline from its cache, keeps two audits waiting, sends them once back online', async ({ page, context, request }) => {
    await page.goto(`/audit#jeton=${token}`);
    await expect(page.getByRole('heading', { name: 'Vos audits à mener' })).toBeVisible();
    // The token left the address bar, and the history.
    expect(page.url()).not.toContain('jeton');
    expect(new URL(page.url()).hash).toBe('');
    await expect(page.getByText(`Camille Auditrice · campagne ${YEAR} · 5 affectations`)).toBeVisible();
    await expect(startButton(page, TOWN.name, 'mairie', 'telephone')).toBeVisible();
    // The service worker keeps the page once it controls it.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Vos audits à mener' })).toBeVisible();
    // The page came from the service worker's cache, not the network.
    expect(
      await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { deliveryType: string }).deliveryType),
    ).toBe('cache-storage');
    await expect(page.locator('#sync-status')).toContainText('Hors connexion\u202f: la liste affichée est celle du');
    await expect(startButton(page, TOWN.name, 'mairie', 'accueil-physique')).toBeVisible();

    await recordAudit(page, TOWN.name, 'mairie', 'telephone');
    await recordAudit(page, TOWN.name, 'mairie', 'accueil-physique');
    // A live region says it, so a screen reader hears it without moving.
    await expect(page.getByRole('status').filter({ hasText: 'en attente' })).toHaveText(/^2 audits en attente d’envoi\. Pas de réseau pour l’instant/);
    await expect(page.locator('#assignments .state')).toHaveText(['En attente d’envoi', 'En attente d’envoi']);
    expect((await auditCount(request, TOWN.id)).audits).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    // Back online: the `online` event sends both, each once.
    await context.setOffline(false);
    await expect(page.locator('#assignments .state')).toHaveText(['Reçu par le serveur', 'Reçu par le serveur'], { timeout: 15_000 });
    await expect(page.locator('#pending-status')).toHaveText('Aucun audit en attente d’envoi.');
    const two = await auditCount(request, TOWN.id);
    expect(two.audits).toBe(2);
    // Below three audits, no figure: one audit is one agent on one day.
    expect(two.figures.overall).toEqual({ audits: 2, score: null, suppressed: true });

    // A third audit, online, and the figure appears: every item met, 10 out of 10.
    await recordAudit(page, TOWN.name, 'etat-civil', 'site-internet');
    await expect(page.locator('#assignments .state')).toHaveText(['Reçu par le serveur', 'Reçu par le serveur', 'Reçu par le serveur'], { timeout: 15_000 });
    const three = await auditCount(request, TOWN.id);
    expect(three.audits).toBe(3);
    expect(three.figures.overall).toEqual({ audits: 3, score: 10, suppressed: false });
    expect(
      three.channels
        .filter((channel) => channel.overall.audits > 0)
        .map((channel) => [channel.channel, channel.overall.audits])
        .sort(),
    ).toEqual([
      ['accueil-physique', 1],
      ['site-internet', 1],
      ['telephone', 1],
    ]);
    // The territory's dashboard publishes them: 3 audits, 10 out of 10.
    const dashboard = await page.context().newPage();
    await dashboard.goto(`/tableau-de-bord/${TOWN.id}`);
    const overall = dashboard.locator('#audits tr[data-indicator="overall"] td').first();
    await expect(overall.locator('.basis')).toHaveText('3 audits');
    expect((await overall.locator('.score').textContent())?.replace(/[\u202f\u00a0]/g, ' ')).toBe('10 / 10');
    await dashboard.close();

    // A reload later, the server's list and the phone's count each audit once.
    await page.reload();
    await expect(page.locator('#assignments .note').filter({ hasText: '1 audit reçu par le serveur.' })).toHaveCount(3);
    await expect(page.locator('#assignments .note').filter({ hasText: 'Aucun audit reçu par le serveur.' })).toHaveCount(2);
  });

  test('a draft survives a reload; errors are told beside each field and in a focused summary; a submitted audit is read-only', async ({ page }) => {
    await page.goto('/audit');
    await page.getByLabel('Jeton d’auditeur').fill('pas-le-bon-jeton');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Ce jeton n’est pas celui d’un auditeur' })).toBeVisible();
    await expect(page.getByLabel('Jeton d’auditeur')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Jeton d’auditeur').fill(token);
    await page.getByRole('button', { name: 'Se connecter' }).click();

    await startButton(page, OTHER.name, 'mairie', 'courriel').click();
    await page.getByRole('group', { name: 'Un accusé de réception est envoyé, avec le délai de réponse' }).getByRole('radio', { name: 'Non' }).check();
    await page.getByRole('spinbutton', { name: 'Jours ouvrés avant la réponse' }).fill('12');
    await page.getByLabel('Notes (facultatif)').fill('Réponse reçue après relance.');
    await expect(page.getByText('Brouillon enregistré sur ce téléphone.')).toBeVisible();
    const draftAddress = page.url();
    expect(draftAddress).toMatch(/#audit=[0-9a-f-]{36}$/);

    await page.reload();
    await expect(
      page.getByRole('group', { name: 'Un accusé de réception est envoyé, avec le délai de réponse' }).getByRole('radio', { name: 'Non' }),
    ).toBeChecked();
    await expect(page.getByRole('spinbutton', { name: 'Jours ouvrés avant la réponse' })).toHaveValue('12');
    await expect(page.getByLabel('Notes (facultatif)')).toHaveValue('Réponse reçue après relance.');
    // The notes' rule is said where they are typed.
    await expect(page.getByText('N’écrivez le nom d’aucun agent ni de personne d’autre')).toBeVisible();

    // Submitted incomplete: a focused summary, and each field marked and described by its error.
    await page.getByRole('spinbutton', { name: 'Jours ouvrés avant la réponse' }).fill('500');
    await page.getByRole('button', { name: 'Valider et envoyer l’audit' }).click();
    const summary = page.locator('#error-summary');
    await expect(summary).toBeFocused();
    const missing = AUDIT_GRID_V1.courriel.filter((item) => item.id !== 'accuse-reception').length;
    await expect(summary.getByRole('heading')).toHaveText(`${missing} points à corriger avant l’envoi\u202f:`);
    const days = page.getByRole('spinbutton', { name: 'Jours ouvrés avant la réponse' });
    await expect(days).toHaveAttribute('aria-invalid', 'true');
    await expect(days).toHaveAccessibleDescription(/Indiquez un nombre de 0 à 120 \(jours ouvrés\)\./);
    const polite = page.getByRole('group', { name: 'La réponse est courtoise (formule d’appel et de politesse, ton respectueux)' });
    await expect(polite).toHaveAccessibleDescription('Choisissez Oui ou Non.');
    await expect(polite.getByRole('radio', { name: 'Oui' })).toHaveAttribute('aria-invalid', 'true');
    // A link of the summary takes the reader to its field.
    await summary.getByRole('link', { name: /^Jours ouvrés avant la réponse/ }).click();
    await expect(days).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);

    await fillGrid(page, 'courriel');
    await page.getByRole('button', { name: 'Valider et envoyer l’audit' }).click();
    await expect(page.getByRole('heading', { name: 'Vos audits à mener' })).toBeFocused();
    const entry = page.locator('#assignments li.audit').first();
    await expect(entry.locator('.state')).toHaveText('Reçu par le serveur', { timeout: 15_000 });

    // Opened again, it is read-only: nothing can be changed, nothing can be sent again.
    await entry.getByRole('link').click();
    await expect(page.locator('#audit-state')).toContainText('Reçu par le serveur le');
    await expect(page.getByRole('spinbutton', { name: 'Jours ouvrés avant la réponse' })).toBeDisabled();
    await expect(page.getByLabel('Notes (facultatif)')).toBeDisabled();
    for (const radio of await page.getByRole('radio').all()) await expect(radio).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Valider et envoyer l’audit' })).toBeHidden();
    expect(await axeViolations(page)).toEqual([]);
  });

  test('an audit the server refuses is kept with its reason and can be sent again', async ({ page, request }) => {
    // A second auditor, whose access the team revokes while an audit is being written.
    const revoked = await assignedAuditor(request, YEAR, [{ territory: OTHER.id, service: 'bibliotheque', channel: 'courrier' }], 'Dominique Auditeur');
    await page.goto(`/audit#jeton=${revoked.token}`);
    await startButton(page, OTHER.name, 'bibliotheque', 'courrier').click();
    await fillGrid(page, 'courrier');
    expect((await request.delete(`/v1/auditors/${revoked.id}`, { headers: OPERATOR })).status()).toBe(200);
    await page.getByRole('button', { name: 'Valider et envoyer l’audit' }).click();
    const refused = page.locator('li.audit.state-refused');
    await expect(refused.locator('.state')).toHaveText('Refusé par le serveur', { timeout: 15_000 });
    // The reason in French, then the server's own words.
    await expect(refused.locator('.error')).toContainText('Motif\u202f: Le serveur ne reconnaît plus votre jeton');
    await expect(refused.locator('.error [lang="en"]')).toContainText('revoked');
    await expect(page.locator('#pending-status')).toContainText('1 audit refusé par le serveur');
    // Kept over a reload, and sent again on request: refused again, still kept.
    await page.reload();
    await refused.getByRole('link').click();
    await expect(page.locator('#audit-refusal')).toContainText('Le serveur ne reconnaît plus votre jeton');
    await page.getByRole('button', { name: 'Renvoyer cet audit' }).click();
    await expect(page.locator('#audit-state')).toContainText('Refusé par le serveur', { timeout: 15_000 });
    await expect(page.getByRole('spinbutton', { name: 'Jours ouvrés avant la réponse' })).toBeDisabled();
  });

  test('signing out warns while audits wait or drafts are open, and can be cancelled', async ({ page, context }) => {
    await page.goto(`/audit#jeton=${token}`);
    await expect(page.getByRole('heading', { name: 'Vos audits à mener' })).toBeVisible();

    // A draft and an audit waiting: signing out says what would be lost, and can be cancelled.
    await context.setOffline(true);
    await recordAudit(page, OTHER.name, 'mairie', 'courriel');
    await startButton(page, TOWN.name, 'mairie', 'telephone').click();
    await page.getByRole('link', { name: 'Retour à la liste' }).click();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Se déconnecter les effacerait' })).toHaveText(
      '1 audit attend encore d’être envoyé et 1 brouillon n’est pas validé. Se déconnecter les effacerait de ce téléphone sans les envoyer.',
    );
    await page.getByRole('button', { name: 'Rester connecté' }).click();
    await context.setOffline(false);
    await expect(page.locator('#pending-status')).toHaveText(/^Aucun audit en attente d’envoi\./, { timeout: 15_000 });
  });
});

for (const width of [1280, 390]) {
  test(`at ${width} px: every view passes axe, French typography holds, nothing scrolls sideways`, async ({ browser }) => {
    // A context of its own: a phone with nothing stored yet.
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto('/audit');
    await expect(page.getByRole('button', { name: 'Se connecter' })).toBeVisible();
    expect(await axeViolations(page), 'sign-in').toEqual([]);
    await page.getByLabel('Jeton d’auditeur').fill(token);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('heading', { name: 'Vos audits à mener' })).toBeVisible();
    expect(await axeViolations(page), 'list').toEqual([]);
    expect(await typographyErrors(page), 'list').toEqual([]);
    await startButton(page, TOWN.name, 'mairie', 'accueil-physique').click();
    await expect(page.getByRole('group', { name: AUDIT_GRID_V1['accueil-physique'][0]?.label ?? '' })).toBeVisible();
    expect(await axeViolations(page), 'form').toEqual([]);
    expect(await typographyErrors(page), 'form').toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await context.close();
  });
}
