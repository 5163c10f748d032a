import { describe, expect, it } from 'vitest';
import { call } from '../../test/fixtures.js';
import { freshTerritory } from '../../test/territories.js';

describe('GET /tableau-de-bord/:territory', () => {
  it('writes the territory into the title and the heading, so they are there at the first paint', async () => {
    // Besançon, read-only (worker/test/territories.ts): the reference record is what is asserted.
    const response = await call('/tableau-de-bord/commune:25056');
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<title>Besançon — Tableau de bord du Baromètre citoyen</title>');
    expect(page).toContain('<h1 id="title">Besançon</h1>');
    expect(page).toMatch(/<p id="subtitle" class="lead">Commune · 1\d{2}\s\d{3} habitants · département 25<\/p>/u);
    // The links are there too: one followed as soon as the name shows already leads to Besançon's category and kit.
    expect(page).toContain('<a id="nav-trophy" href="/trophee?category=communes-plus-de-100000&territory=commune%3A25056">');
    expect(page).toContain('<a id="nav-kit" href="/kit.html?territory=commune%3A25056">');
    expect(page).toContain('<barometre-resultats id="results" data-territory="commune:25056"></barometre-resultats>');
  });

  it('shows the first steps, complete, in the HTML of a territory whose summaries hold too few answers; not under a filter', async () => {
    const territory = freshTerritory().id;
    const encoded = encodeURIComponent(territory);
    const page = await (await call(`/tableau-de-bord/${territory}`)).text();
    expect(page).toMatch(/<section id="first-steps" class="first-steps" aria-labelledby="first-steps-title"\s*>/);
    expect(page).toContain(`<a id="step-embed" href="/integrer?territory=${encoded}">`);
    expect(page).toContain(`<a id="step-kit" href="/kit.html?territory=${encoded}">`);
    expect(page).toContain(`<a id="step-link" href="/s/${encoded}">http://barometre.test/s/${encoded}</a>`);
    const filtered = await (await call(`/tableau-de-bord/${territory}?service=mairie`)).text();
    expect(filtered).toMatch(/<section id="first-steps" class="first-steps" aria-labelledby="first-steps-title" hidden>/);
  });

  it('answers 404 with the page for an id that names no territory, marked so its script offers the search', async () => {
    const response = await call('/tableau-de-bord/commune:99999');
    expect(response.status).toBe(404);
    const page = await response.text();
    expect(page).toContain('<h1 id="title">Tableau de bord</h1>');
    expect(page).toContain('<p id="subtitle" class="lead"></p>');
    expect(page).toContain('<barometre-resultats id="results" data-unknown=""></barometre-resultats>');
  });
});
