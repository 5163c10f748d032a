/**
 * The button mode (a floating button, an accessible dialog, no second ask for 30 days) and the
 * kiosk mode (a fresh survey for the next person at the counter).
 */
import { expect, test } from '@playwright/test';
import { axeViolations, fixture, outboxCount, recordEvents } from './support.js';

test('button mode: the dialog traps focus, closes on Escape, thanks, and does not ask again for 30 days', async ({ page }) => {
  await page.goto(fixture('button', { territory: 'commune:39010' }));
  const widget = page.locator('barometre-citoyen');
  const launcher = widget.getByRole('button', { name: 'Donnez votre avis' });
  await expect(launcher).toBeVisible();
  // Fixed in a corner: it does not push the page's content.
  expect(await launcher.evaluate((button) => getComputedStyle(button).position)).toBe('fixed');
  expect(await axeViolations(page)).toEqual([]);

  await launcher.click();
  const dialog = widget.getByRole('dialog', { name: 'Votre avis sur ce service public' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Pas bien' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // Tab and Shift+Tab cycle inside the dialog, never reaching the page behind it.
  const focusInsideDialog = () => widget.evaluate((element) => Boolean(element.shadowRoot?.activeElement?.closest('dialog')));
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInsideDialog()).toBe(true);
  }
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInsideDialog()).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(launcher).toBeFocused();

  // Answer: the tap counts at once; closing after the thanks leaves no button on this page or the next.
  const events = await recordEvents(page);
  await launcher.click();
  await dialog.getByRole('button', { name: 'Très bien' }).click();
  await dialog.getByRole('button', { name: 'Continuer' }).click();
  await dialog.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(dialog.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeFocused();
  // Nothing added after the tap, nothing resent: one answer, acknowledged once.
  await expect.poll(async () => (await events()).filter((event) => event.type === 'barometre-sent').length).toBe(1);
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect(dialog).toBeHidden();
  await expect(launcher).toHaveCount(0);
  const remembered = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('barometre-citoyen:answered:')));
  expect(remembered).toEqual(['barometre-citoyen:answered:commune:39010|bibliotheque']);
  expect(await page.context().cookies()).toEqual([]);

  await page.reload();
  await expect(widget.locator('dialog')).toBeAttached();
  await expect(widget.getByRole('button', { name: 'Donnez votre avis' })).toHaveCount(0);

  // 31 days later, it asks again.
  await page.evaluate(() => {
    const key = 'barometre-citoyen:answered:commune:39010|bibliotheque';
    localStorage.setItem(key, String(Date.now() - 31 * 24 * 60 * 60 * 1000));
  });
  await page.reload();
  await expect(widget.getByRole('button', { name: 'Donnez votre avis' })).toBeVisible();
});

test('kiosk mode: each citizen gets a fresh survey and a new answer id', async ({ page }) => {
  await page.clock.install();
  await page.goto(fixture('kiosk', { territory: 'commune:39013' }));
  const events = await recordEvents(page);
  const widget = page.locator('barometre-citoyen');

  await widget.getByRole('button', { name: 'Pas bien' }).click();
  await widget.getByRole('button', { name: 'Continuer' }).click();
  await widget.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(widget.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeVisible();
  // The next person taps « Nouvelle réponse », or the survey resets itself after a few seconds.
  await widget.getByRole('button', { name: 'Nouvelle réponse' }).click();
  await expect(widget.getByRole('button', { name: 'Pas bien' })).toBeVisible();
  await expect(widget.getByRole('heading', { name: 'Votre avis sur ce service public' })).toBeFocused();

  await widget.getByRole('button', { name: 'Très bien' }).click();
  await widget.getByRole('group', { name: 'Temps d’attente' }).getByRole('radio', { name: '4 – Satisfait' }).check();
  await widget.getByRole('button', { name: 'Continuer' }).click();
  await widget.getByRole('button', { name: 'Envoyer mon avis' }).click();
  await expect(widget.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeVisible();
  await page.clock.runFor(9_000);
  await expect(widget.getByRole('button', { name: 'Très bien' })).toBeVisible();

  // Someone who walks away after one tap leaves a counted answer and, later, a fresh survey.
  await widget.getByRole('button', { name: 'Moyen' }).click();
  await expect(widget.getByRole('button', { name: 'Continuer' })).toBeVisible();
  await page.clock.runFor(91_000);
  await expect(widget.getByRole('button', { name: 'Moyen' })).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Continuer' })).toHaveCount(0);

  // Every answer's last version reaches the server: the outbox empties and each id is acknowledged.
  // The count of acknowledgements is not fixed: a tap and the details sent in quick succession may
  // leave in one request. The page's clock is frozen: let it run while waiting, so a send retried
  // after a transient failure goes out; real time is the server's, slow on a loaded 2-core machine.
  const submitted = async () =>
    (await events()).filter((event) => event.type === 'barometre-submit').map((event) => (event.detail as { answer: { id: string; source: string } }).answer);
  const acknowledged = async () =>
    new Set((await events()).filter((event) => event.type === 'barometre-sent').map((event) => (event.detail as { id: string }).id));
  await expect
    .poll(
      async () => {
        await page.clock.runFor(5_000);
        const sent = await acknowledged();
        return (await outboxCount(page)) === 0 && (await submitted()).every((answer) => sent.has(answer.id));
      },
      { timeout: 20_000 },
    )
    .toBe(true);
  expect(new Set((await submitted()).map((answer) => answer.id)).size).toBe(3);
  expect(new Set((await submitted()).map((answer) => answer.source))).toEqual(new Set(['borne']));
});
