/**
 * The barometer's header, written once for every page of the site: the skip link, the name (a link
 * to the front page) and the navigation, with the current page marked for assistive technologies
 * (`aria-current="page"`). `demo/vite.config.ts` puts it where a page says `<!-- site-header -->`,
 * at build time, so the pages stay static HTML. The sample town (`demo.html`) is a town's own site
 * and keeps its own menu.
 * @module
 */

export interface SitePage {
  href: string;
  label: string;
  /** For links a page's script or the Worker rewrites (the dashboard points them at its territory). */
  id?: string;
}

export const SITE_PAGES: readonly SitePage[] = [
  { href: '/trophee', label: 'Trophée', id: 'nav-trophy' },
  { href: '/carte', label: 'Carte' },
  { href: '/kit.html', label: 'Kit de communication', id: 'nav-kit' },
  { href: '/integrer', label: 'Intégrer le questionnaire' },
  { href: '/inscription', label: 'Inscrire ma collectivité' },
  { href: '/espace', label: 'Espace collectivité' },
];

/** The navigation entry a built page is, from its file (`/carte.html` is `/carte`), if it is one. */
export function currentPage(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1);
  return SITE_PAGES.find((page) => page.href === `/${name}` || `${page.href}.html` === `/${name}`)?.href;
}

export function siteHeader(current: string | undefined): string {
  const links = SITE_PAGES.map(({ href, label, id }) => {
    const attributes = [id ? `id="${id}"` : '', `href="${href}"`, href === current ? 'aria-current="page"' : ''].filter(Boolean).join(' ');
    return `<li><a ${attributes}>${label}</a></li>`;
  });
  return [
    '<a class="skip" href="#contenu">Aller au contenu</a>',
    '<header class="top">',
    '  <p class="brand"><a href="/">Baromètre citoyen</a></p>',
    '  <nav aria-label="Pages du baromètre">',
    `    <ul>${links.join('')}</ul>`,
    '  </nav>',
    '</header>',
  ].join('\n');
}
