import { describe, expect, it } from 'vitest';
import { SURVEY_LANGUAGES } from '../../../survey/languages.js';
import { call, register } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';
import { HOSTED_STRINGS } from './hosted-strings.js';
import { HOSTED_PAGE_CSP } from './hosted-survey.js';

// Besançon by name: the page must show the territory's real name, and reads nothing from storage.
describe('GET /s/:territory', () => {
  it('serves the survey full-page for the territory, with ?src= as its source, under a strict CSP', async () => {
    const response = await call('/s/commune:25056?src=affiche-a4&service=mairie&lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toBe(HOSTED_PAGE_CSP);
    expect(HOSTED_PAGE_CSP).not.toMatch(/unsafe/);
    expect(response.headers.get('set-cookie')).toBeNull();
    const page = await response.text();
    expect(page).toContain('<h1>Besançon</h1>');
    expect(page).toMatch(/<barometre-citoyen\s+territory="commune:25056"\s+source="affiche-a4"\s+lang="en"\s+service="mairie"\s*><\/barometre-citoyen>/);
    expect(page).toContain('<html lang="en" dir="ltr">');
    expect(response.headers.get('vary')).toBe('Accept-Language');
    expect(page).toContain('<script type="module" src="/widget.js"></script>');
    // Nothing inline for the policy to block.
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    expect(page).not.toMatch(/\sstyle=/);
  });

  it('speaks the browser’s first language the survey speaks, French when none, and ?lang= wins', async () => {
    const page = async (query: string, accept?: string) =>
      (await call(`/s/commune:25056${query}`, accept ? { headers: { 'accept-language': accept } } : {})).text();
    expect(await page('', 'zh-TW, ar;q=0.8, fr;q=0.5')).toContain('<html lang="ar" dir="rtl">');
    expect(await page('', 'zh-TW')).toContain('<html lang="fr" dir="ltr">');
    expect(await page('?lang=de', 'ar')).toContain('<title>Ihre Meinung — Besançon</title>');
    expect(await page('?lang=fr-falc')).toContain('lang="fr-falc"');
  });

  it('says, in the citizen’s language, that the legal pages and the results it links to are in French', async () => {
    const english = await (await call('/s/commune:25056?lang=en')).text();
    expect(english).toContain('<p>The legal pages and the results are in French.</p>');
    expect(english).toContain('<a href="/mentions-legales" hreflang="fr">Legal notice</a>');
    expect(english).toMatch(/<a href="\/tableau-de-bord\/commune%3A25056" hreflang="fr">/);
    expect(await (await call('/s/commune:25056')).text()).not.toContain('in French');
  });

  it('serves the legal notice, the personal-data page and the accessibility statement, saying what this instance has not declared', async () => {
    for (const [path, heading] of [
      ['/mentions-legales', 'Mentions légales'],
      ['/donnees-personnelles', 'Données personnelles'],
      ['/accessibilite', 'Déclaration d’accessibilité'],
    ] as const) {
      const response = await call(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-security-policy')).toBe(HOSTED_PAGE_CSP);
      const text = await response.text();
      expect(text).toContain(`<h1>${heading}</h1>`);
      expect(text).toContain('variable CONTACT_EMAIL');
    }
  });

  it('previews a shared link with the territory’s own image, its size and its text', async () => {
    const page = await (await call('/s/commune:93066')).text();
    expect(page).toContain('<meta property="og:image" content="http://barometre.test/partage/commune:93066.png" />');
    expect(page).toContain('<meta name="twitter:image" content="http://barometre.test/partage/commune:93066.png" />');
    expect(page).toContain('<meta property="og:image:width" content="1200" />');
    expect(page).toContain('<meta property="og:image:height" content="630" />');
    // Saint-Denis is the name of several communes: the preview, and its text, say which.
    expect(page).toMatch(/<meta property="og:image:alt" content="[^"]*Saint-Denis \(93\)[^"]*" \/>/);
    // A page without a territory keeps the barometer's own image.
    expect(await (await call('/s/commune:99999')).text()).toContain('/partage.png"');
  });

  it('records a scan without ?src= as `qr`', async () => {
    const page = await (await call('/s/commune:25056')).text();
    expect(page).toContain('source="qr"');
    expect(page).not.toContain('service=');
  });

  it('answers a malformed id with 400, an unknown one with 404, both as readable pages', async () => {
    const malformed = await call('/s/besancon');
    expect(malformed.status).toBe(400);
    expect(await malformed.text()).toContain('Adresse incorrecte');
    const unknown = await call('/s/commune:99999');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Collectivité inconnue');
  });

  it('refuses bad parameters with a link to the plain survey, and never echoes markup', async () => {
    const response = await call(`/s/commune:25056?src=${encodeURIComponent('"><script>alert(1)</script>')}&service=piscine`);
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('paramètres incorrects (src, service)');
    expect(page).toContain('<a href="/s/commune:25056">');
    expect(page).not.toContain('<script>alert');
  });
});

describe('GET /s/:territory with a logo', () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

  it('shows the territory’s logo beside its name only once it uploaded one, with its alternative text in the page’s language', async () => {
    const place = freshTerritory();
    const token = await register(place.id);
    const before = await (await call(`/s/${place.id}`)).text();
    expect(before).toContain(`<h1>${place.name}</h1>`);
    expect(before).not.toContain('<img');
    expect(before).not.toContain('/logo');

    const put = await call(`/v1/territories/${place.id}/logo`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'image/png' },
      body: PNG,
    });
    expect(put.status).toBe(200);
    const src = `/v1/territories/${encodeURIComponent(place.id)}/logo`;
    const french = await (await call(`/s/${place.id}`)).text();
    expect(french).toContain(`<img class="logo" src="${src}" alt="Logo de ${place.name}" />`);
    expect(french).toContain(`<h1>${place.name}</h1>`);
    expect(french).not.toMatch(/\sstyle=/);
    expect(await (await call(`/s/${place.id}?lang=en`)).text()).toContain(`alt="${place.name} logo"`);
    expect(await (await call(`/s/${place.id}?lang=de`)).text()).toContain(`alt="Logo von ${place.name}"`);
    // The image the page names is served from the same origin, which the page's policy allows.
    expect((await call(src)).headers.get('content-type')).toBe('image/png');
    expect(HOSTED_PAGE_CSP).toContain("img-src 'self'");

    await call(`/v1/territories/${place.id}/logo`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(await (await call(`/s/${place.id}`)).text()).not.toContain('<img');
  });

  it('has the logo’s alternative text in every language of the page', () => {
    for (const language of SURVEY_LANGUAGES) expect(HOSTED_STRINGS[language].logo('Besançon'), language).toContain('Besançon');
  });
});
