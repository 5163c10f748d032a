/**
 * The widget's side of reliability: answers survive a browser that is closed and opened again,
 * and arrive exactly once when the connection returns. (A server answering 503 for a while is in
 * offline.spec.ts; the server's side is `npm run test:reliability`.)
 */
import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, CHROMIUM_ARGS } from '../scripts/ensure-chromium.js';
import { fixture, outboxCount, results } from './support.js';

test('answers queued offline survive a browser restart and arrive once', async ({ request }) => {
  const territory = 'commune:39043';
  const before = (await results(request, territory)).answers;
  const profile = mkdtempSync(join(tmpdir(), 'barometre-profile-'));
  try {
    const first = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(fixture('plain', { territory }));
    await page.waitForLoadState('networkidle');
    await first.setOffline(true);
    const widget = page.locator('barometre-citoyen');
    await widget.getByRole('button', { name: 'Pas bien' }).click();
    await widget.getByRole('button', { name: 'Continuer' }).click();
    await widget.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await expect.poll(() => outboxCount(page)).toBe(1);
    await first.close();
    expect((await results(request, territory)).answers).toBe(before);

    const second = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(fixture('plain', { territory }));
    await expect.poll(() => outboxCount(again), { timeout: 15_000 }).toBe(0);
    expect((await results(request, territory)).answers).toBe(before + 1);
    // Reloading finds nothing more to send: once, not twice.
    await again.reload();
    await again.waitForLoadState('networkidle');
    expect((await results(request, territory)).answers).toBe(before + 1);
    await second.close();
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
