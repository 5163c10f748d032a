import { describe, expect, it } from 'vitest';
import { call } from '../../test/fixtures.js';

/** Without following the redirect: the test's fetch would, like a browser. */
const get = (path: string) => call(path, { redirect: 'manual' });

describe('GET /b/<slug>[/<asset>][/<language>]', () => {
  it('redirects (302) a short address to the hosted survey, with the asset as its source and the language kept', async () => {
    const cases = [
      ['/b/besancon', '/s/commune:25056?src=adresse'],
      ['/b/besancon/a4', '/s/commune:25056?src=affiche-a4'],
      ['/b/besancon/a4/en', '/s/commune:25056?src=affiche-a4&lang=en'],
      ['/b/besancon/ar', '/s/commune:25056?src=adresse&lang=ar'],
      ['/b/besancon/a3?lang=de', '/s/commune:25056?src=affiche-a3&lang=de'],
      ['/b/besancon/a3/en?lang=de', '/s/commune:25056?src=affiche-a3&lang=en'],
      ['/b/saint-denis-93/a5', '/s/commune:93066?src=flyer-a5'],
      ['/b/saint-denis-974/sig/fr-falc', '/s/commune:97411?src=signature-600x150&lang=fr-falc'],
      ['/b/departement-doubs/b728', '/s/departement:25?src=banniere-728x90'],
      ['/b/departement-2a', '/s/departement:2A?src=adresse'],
      ['/b/cu-grand-besancon-metropole/story', '/s/epci:242500361?src=story-1080x1920'],
      // What a person may type: capitals, accents, a trailing slash, the département after a unique name.
      ['/b/Besan%C3%A7on/A4/', '/s/commune:25056?src=affiche-a4'],
      ["/b/L'Ha%C3%BF-les-Roses", '/s/commune:94038?src=adresse'],
      ['/b/besancon-25', '/s/commune:25056?src=adresse'],
    ] as const;
    for (const [path, target] of cases) {
      const response = await get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get('location'), path).toBe(target);
      expect(response.headers.get('cache-control'), path).toBe('public, max-age=300');
    }
  });

  it('leads to a survey that keeps the source and the language', async () => {
    const target = (await get('/b/besancon/a4/en')).headers.get('location') ?? '';
    const page = await (await call(target)).text();
    expect(page).toMatch(/<barometre-citoyen\s+territory="commune:25056"\s+source="affiche-a4"\s+lang="en"/);
  });

  it('answers an unknown slug with a French 404 page linking to the territory search, and suggestions', async () => {
    const response = await get('/b/besanconn/a4');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('<h1>Collectivité inconnue</h1>');
    expect(page).toContain('<html lang="fr"');
    expect(page).toContain('<a href="/#find">Chercher votre collectivité</a>');
    const nowhere = await get('/b/nulle-part-au-monde');
    expect(nowhere.status).toBe(404);
    expect(await nowhere.text()).toContain('/b/nulle-part-au-monde');
  });

  it('lists the territories that share a bare name, each link keeping the source and the language', async () => {
    const response = await get('/b/saint-denis/a4/en');
    expect(response.status).toBe(300);
    const page = await response.text();
    expect(page).toContain('Plusieurs collectivités portent ce nom');
    expect(page).toContain('<a href="/s/commune:93066?src=affiche-a4&amp;lang=en">Saint-Denis</a> (commune, département 93)');
    expect(page).toContain('<a href="/s/commune:97411?src=affiche-a4&amp;lang=en">Saint-Denis</a> (commune, département 974)');
  });

  it('answers a malformed address with a 400 page, never echoing markup, and never crashes', async () => {
    for (const path of [
      '/b',
      '/b/',
      '/b/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
      '/b/besancon/zz',
      '/b/besancon/en/a4',
      '/b/besancon/a4/en/x',
      '/b/%E0%A4%A',
      `/b/${'a'.repeat(150)}`,
      '/b/a..b',
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(400);
      const page = await response.text();
      expect(page, path).toContain('<h1>Adresse incorrecte</h1>');
      expect(page, path).not.toContain('<script>alert');
    }
  });

  it('gives each territory’s slug with the territory, for the kit page to print its short address', async () => {
    expect(((await (await call('/v1/territories/commune:97411')).json()) as { data: unknown }).data).toMatchObject({
      id: 'commune:97411',
      name: 'Saint-Denis',
      slug: 'saint-denis-974',
    });
    expect(((await (await call('/v1/territories/departement:25')).json()) as { data: { slug: string } }).data.slug).toBe('departement-doubs');
  });

  it('leaves the long form working', async () => {
    const response = await call('/s/commune:25056?src=affiche-a4&lang=en');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('source="affiche-a4"');
  });
});
