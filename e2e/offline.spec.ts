/**
 * Citizens on weak networks and keyboards: answers wait in the IndexedDB outbox while offline and
 * arrive once, on the `online` event or at the next page load; the whole path works by keyboard.
 */
import { expect, test } from '@playwright/test';
import { fixture, outboxCount, recordEvents, results } from './support.js';

test('offline: the answer waits in the outbox and is sent once when the connection returns', async ({ page, context, request }) => {
  const territory = 'commune:39019';
  const before = (await results(request, territory)).answers;
  await page.goto(fixture('plain', { territory }));
  // The outbox chunk loads once the page is idle; then the network goes.
  await page.waitForLoadState('networkidle');
  const events = await recordEvents(page);
  await context.setOffline(true);

  const widget = page.locator('barometre-citoyen');
  await widget.getByRole('button', { name: 'Moyen' }).click();
  await widget.getByRole('button', { name: 'Continuer' }).click();
  await widget.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(widget.getByText('Votre réponse sera envoyée dès que la connexion sera rétablie.')).toBeVisible();
  expect(await outboxCount(page)).toBe(1);
  const types = (await events()).map((event) => event.type);
  expect(types).toContain('barometre-queued');
  expect(types).not.toContain('barometre-sent');
  // The host is told, and told it will be retried.
  const failure = (await events()).find((event) => event.type === 'barometre-error')?.detail as { code: string; retryable: boolean };
  expect(failure).toMatchObject({ code: 'network_error', retryable: true });
  expect((await results(request, territory)).answers).toBe(before);

  await context.setOffline(false);
  await expect.poll(async () => (await events()).filter((event) => event.type === 'barometre-sent').length).toBe(1);
  expect(await outboxCount(page)).toBe(0);
  expect((await results(request, territory)).answers).toBe(before + 1);
});

test('an answer left in the outbox by a closed tab is sent at the next page load, once', async ({ context, request }) => {
  const territory = 'commune:39022';
  const before = (await results(request, territory)).answers;
  const first = await context.newPage();
  await first.goto(fixture('plain', { territory }));
  await first.waitForLoadState('networkidle');
  await context.setOffline(true);
  await first.locator('barometre-citoyen').getByRole('button', { name: 'Très bien' }).click();
  await expect.poll(() => outboxCount(first)).toBe(1);
  await first.close();
  await context.setOffline(false);

  const second = await context.newPage();
  await second.goto(fixture('plain', { territory }));
  await expect.poll(() => outboxCount(second)).toBe(0);
  expect((await results(request, territory)).answers).toBe(before + 1);
  // A third visit finds nothing more to send.
  await second.reload();
  await second.waitForLoadState('networkidle');
  expect((await results(request, territory)).answers).toBe(before + 1);
});

test('the whole path works with the keyboard alone, with visible focus', async ({ page, request }) => {
  const territory = 'commune:39025';
  const before = (await results(request, territory)).answers;
  await page.goto(fixture('plain', { territory }));
  const events = await recordEvents(page);
  const widget = page.locator('barometre-citoyen');
  await expect(widget.getByRole('button', { name: 'Pas bien' })).toBeVisible();

  // Tab from the top of the page to the first choice, then on to « Très bien ».
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Pas bien' })).toBeFocused();
  const outline = await widget.getByRole('button', { name: 'Pas bien' }).evaluate((button) => getComputedStyle(button).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Très bien' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.getByText('Merci ! Votre réponse est enregistrée.', { exact: false })).toBeFocused();

  // Criteria: Tab into a group, arrows choose within it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(
    widget.getByRole('group', { name: 'Accessibilité du service (horaires, lieu, téléphone)' }).getByRole('radio', { name: '4 – Satisfait' }),
  ).toBeChecked();
  // Four more groups (one stop each), then « Continuer »; the next step opens on its first line.
  for (let press = 0; press < 5; press += 1) await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Continuer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.getByText('Comment l’avez-vous contacté ?')).toBeFocused();
  // The channel list, then the comment.
  for (let press = 0; press < 2; press += 1) await page.keyboard.press('Tab');
  await expect(widget.getByLabel('Un commentaire ? (facultatif)')).toBeFocused();
  await page.keyboard.type('Très bien reçu.');
  await page.keyboard.press('Tab');
  await expect(widget.getByRole('button', { name: 'Envoyer mon avis' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(widget.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeFocused();
  // The criteria and the comment may leave in one request or two: every reply after the first is an update.
  await expect.poll(() => outboxCount(page)).toBe(0);
  const statuses = (await events()).filter((event) => event.type === 'barometre-sent').map((event) => event.detail.status);
  expect(statuses[0]).toBe('accepted');
  expect(new Set(statuses.slice(1))).toEqual(new Set(['updated']));
  const after = await results(request, territory);
  expect(after.answers).toBe(before + 1);
});

test('a failing server: the answer waits, is retried with backoff, and arrives once when it recovers', async ({ page, request }) => {
  const territory = 'commune:39037';
  const before = (await results(request, territory)).answers;
  await page.clock.install();
  let failures = 0;
  await page.route('**/v1/responses', async (route) => {
    if (route.request().method() === 'POST' && failures < 2) {
      failures += 1;
      await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'unavailable', message: 'maintenance' } }) });
    } else await route.continue();
  });
  await page.goto(fixture('plain', { territory }));
  const events = await recordEvents(page);
  await page.locator('barometre-citoyen').getByRole('button', { name: 'Pas bien' }).click();
  await expect.poll(() => failures).toBe(1);
  expect(await outboxCount(page)).toBe(1);
  // Backoff: 2 s, then 4 s.
  await page.clock.runFor(2_100);
  await expect.poll(() => failures).toBe(2);
  await page.clock.runFor(4_100);
  await expect.poll(async () => (await events()).filter((event) => event.type === 'barometre-sent').length).toBe(1);
  const errors = (await events()).filter((event) => event.type === 'barometre-error').map((event) => event.detail as { code: string; retryable: boolean });
  expect(errors).toEqual([expect.objectContaining({ code: 'http_503', retryable: true }), expect.objectContaining({ code: 'http_503', retryable: true })]);
  expect(await outboxCount(page)).toBe(0);
  expect((await results(request, territory)).answers).toBe(before + 1);
});
