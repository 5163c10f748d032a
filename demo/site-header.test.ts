import { describe, expect, it } from 'vitest';
import { currentPage, siteHeader, SITE_PAGES } from './site-header.js';

describe('the site header', () => {
  it('marks the current page, and only it, for assistive technologies', () => {
    const header = siteHeader('/carte');
    expect(header.match(/aria-current="page"/g)).toHaveLength(1);
    expect(header).toContain('<a href="/carte" aria-current="page">Carte</a>');
    expect(header).toContain('<a id="nav-trophy" href="/trophee">Trophée</a>');
    expect(siteHeader(undefined)).not.toContain('aria-current');
  });

  it('knows each built page by its file, and the pages outside the navigation', () => {
    expect(currentPage('/work/demo/carte.html')).toBe('/carte');
    expect(currentPage('/work/demo/kit.html')).toBe('/kit.html');
    expect(currentPage('/work/demo/integrer.html')).toBe('/integrer');
    expect(currentPage('/work/demo/tableau-de-bord.html')).toBeUndefined();
    expect(currentPage('/work/demo/inscription.html')).toBe('/inscription');
    expect(SITE_PAGES.map((page) => page.href)).toEqual(['/trophee', '/carte', '/kit.html', '/integrer', '/inscription', '/espace']);
  });
});
