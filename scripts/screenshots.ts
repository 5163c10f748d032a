/**
 * `npm run screenshots`: every page of the site, photographed at 1280 px and 390 px (the hosted
 * survey also in Arabic, right to left), on a throw-away local server seeded with sample data, into
 * `test-results/screenshots/`, so a reviewer can look at every page without starting anything.
 * The browser tests check the pages; these pictures are for the eyes.
 *
 *   npm run screenshots [-- --only /carte]
 * @module
 */
import { mkdirSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { CHROMIUM, CHROMIUM_ARGS } from './ensure-chromium.js';
import { startLocalServer } from './lib/local-server.js';
import { runSeed } from './seed/run-seed.js';

/** `tap`: the survey's answer to tap first, to picture the criteria step that follows. */
const PAGES: { name: string; path: string; locale?: string; tap?: string }[] = [
  { name: 'front', path: '/' },
  { name: 'demo', path: '/demo' },
  { name: 'hosted-survey', path: '/s/commune:25056?src=affiche-a4&service=etat-civil' },
  { name: 'hosted-survey-ar', path: '/s/commune:25056?src=affiche-a4', locale: 'ar' },
  { name: 'hosted-survey-criteria', path: '/s/commune:25056?service=mairie', tap: 'Très bien' },
  { name: 'hosted-survey-criteria-ar', path: '/s/commune:25056?service=mairie&lang=ar', locale: 'ar', tap: 'جيد جدًا' },
  { name: 'dashboard-besancon', path: '/tableau-de-bord/commune:25056' },
  { name: 'dashboard-departement', path: '/tableau-de-bord/departement:25' },
  { name: 'dashboard-search', path: '/tableau-de-bord' },
  { name: 'trophee', path: '/trophee' },
  { name: 'carte', path: '/carte' },
  { name: 'kit', path: '/kit.html?territory=commune:25056' },
  { name: 'kit-ar', path: '/kit.html?territory=commune:25056&lang=ar' },
  { name: 'integrer', path: '/integrer?territory=commune:25056' },
  { name: 'inscription', path: '/inscription' },
  { name: 'espace', path: '/espace' },
  { name: 'equipe', path: '/equipe' },
  { name: 'audit', path: '/audit' },
  { name: 'borne', path: '/borne#territoire=commune:25056&cle=une-cle-de-demonstration' },
  { name: 'mentions-legales', path: '/mentions-legales' },
  { name: 'donnees-personnelles', path: '/donnees-personnelles' },
  { name: 'accessibilite', path: '/accessibilite' },
];
const WIDTHS = [1280, 390];
const OUT = 'test-results/screenshots';

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const pages = PAGES.filter((page) => !values.only || page.path.startsWith(values.only));
if (pages.length === 0) {
  console.error(`--only ${values.only}: no page starts so; pages are ${PAGES.map((page) => page.path).join(', ')}`);
  process.exit(2);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
console.log('screenshots: starting a local server and seeding sample data (about a minute)…');
const server = await startLocalServer({ persistTo: '.wrangler/screenshots-state', fresh: true });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  await runSeed(server.url);
  // The comparisons, the Trophée and the map read D1, which the ledgers reach a moment after the seed.
  await new Promise((resolve) => setTimeout(resolve, 4000));
  let done = 0;
  for (const page of pages) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: page.locale ?? 'fr-FR' });
      const tab = await context.newPage();
      await tab.goto(`${server.url}${page.path}`, { waitUntil: 'networkidle' });
      if (page.tap) {
        const survey = tab.locator('barometre-citoyen');
        await survey.getByRole('button', { name: page.tap }).click();
        await survey.locator('fieldset').first().waitFor();
      }
      // Charts draw as they come near the screen: scroll through the page once, as a reader would,
      // then back to the top; previews and charts then get a moment to draw.
      for (let y = 0; y < (await tab.evaluate(() => document.documentElement.scrollHeight)); y += 600) {
        await tab.evaluate((top) => window.scrollTo(0, top), y);
        await tab.waitForTimeout(100);
      }
      await tab.evaluate(() => window.scrollTo(0, 0));
      await tab.waitForTimeout(page.name.startsWith('kit') ? 5000 : 1000);
      const file = `${OUT}/${page.name}-${width}.png`;
      await tab.screenshot({ path: file, fullPage: true });
      await context.close();
      done += 1;
      console.log(`screenshots: ${done}/${pages.length * WIDTHS.length} ${file}`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
