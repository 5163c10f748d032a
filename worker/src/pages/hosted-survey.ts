/**
 * `GET /s/:territory`: the survey full-page, the target of the kit's QR codes and of links in
 * bulletins. `?src=` becomes the answer's source (which poster, flyer or banner brought it);
 * `service`, `channel` and `lang` may preset the survey. The page runs under a strict
 * Content-Security-Policy: the widget needs neither inline script nor inline style.
 * @module
 */
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import * as z from 'zod/mini';
import { acceptedLanguages, directionOf, htmlLang, LANGUAGE_NAMES, pickLanguage, SURVEY_LANGUAGES, type SurveyLanguage } from '../../../survey/languages.js';
import { CHANNELS, SERVICES } from '../../../survey/questionnaire.js';
import { LangSchema, SourceSchema } from '../../../survey/response.js';
import type { Territory } from '../../../survey/results.js';
import { SHARE_HEIGHT, SHARE_WIDTH } from '../../../survey/share-image.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import { hasLogo } from '../db/logos.js';
import type { AppEnv } from '../env.js';
import { HOSTED_STRINGS } from './hosted-strings.js';
import { shareImagePath, sharedName } from './share-image.js';

/** The preview image of shared links without a territory: the barometer's own (a territory's is its /partage/<id>.png). */
const PREVIEW_IMAGE = '/partage.png';

/** QR codes on paper cannot be fixed: a source that arrives mangled still deserves a clear page. */
const HostedQuerySchema = z.object({
  src: z.optional(SourceSchema),
  service: z.optional(z.enum(SERVICES)),
  channel: z.optional(z.enum(CHANNELS)),
  // Any tag: one the survey does not speak falls back like a browser's (survey/languages.ts).
  lang: z.optional(z.string()),
});

export const HOSTED_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** What the page is written for: its language, the territory it names, and where it is served. */
export interface PageContext {
  language: SurveyLanguage;
  territory?: Territory;
  /** The page's address, for the preview tags and the language switcher's links. */
  url: URL;
}

/** The same page in each language: the query kept, `lang` replaced. */
function languageSwitcher(context: PageContext) {
  const strings = HOSTED_STRINGS[context.language];
  const links = SURVEY_LANGUAGES.map((language) => {
    const url = new URL(context.url);
    url.searchParams.set('lang', language);
    const current = language === context.language;
    return html`<li>
      <a href="${url.pathname}${url.search}" lang="${htmlLang(language)}" hreflang="${htmlLang(language)}" ${current ? html`aria-current="true"` : ''}
        >${LANGUAGE_NAMES[language]}</a
      >
    </li>`;
  });
  // Folded, so eight languages take one line on a phone; <details> needs no script.
  return html`<nav class="languages" aria-label="${strings.languages}">
    <details>
      <summary>${strings.languages}&#8239;: ${LANGUAGE_NAMES[context.language]}</summary>
      <ul>${links}</ul>
    </details>
  </nav>`;
}

export function page(
  c: Context<AppEnv>,
  status: 200 | 300 | 400 | 404,
  context: PageContext,
  title: string,
  body: ReturnType<typeof html>,
): Response | Promise<Response> {
  const strings = HOSTED_STRINGS[context.language];
  c.header('Content-Security-Policy', HOSTED_PAGE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  // Short: a territory's name or the widget may change; a QR scan must not see a stale page long.
  // The language may come from the browser's: a cache keeps one page per Accept-Language.
  c.header('Cache-Control', status === 200 ? 'public, max-age=300' : 'no-store');
  c.header('Vary', 'Accept-Language');
  c.header('Content-Language', htmlLang(context.language));
  const description = context.territory ? strings.description(context.territory.name) : strings.lead;
  const image = context.territory ? shareImagePath(context.territory.id) : PREVIEW_IMAGE;
  const imageAlt = context.territory
    ? `Baromètre citoyen — ${sharedName(context.territory)} : donnez votre avis sur l’accueil de vos services publics.`
    : 'Baromètre citoyen';
  return c.html(
    html`<!doctype html>
      <html lang="${htmlLang(context.language)}" dir="${directionOf(context.language)}">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>${title}</title>
          <meta name="description" content="${description}" />
          <meta property="og:type" content="website" />
          <meta property="og:site_name" content="Baromètre citoyen" />
          <meta property="og:title" content="${title}" />
          <meta property="og:description" content="${description}" />
          <meta property="og:url" content="${context.url.href}" />
          <meta property="og:locale" content="${htmlLang(context.language)}" />
          <meta property="og:image" content="${new URL(image, context.url).href}" />
          <meta property="og:image:type" content="image/png" />
          <meta property="og:image:width" content="${SHARE_WIDTH}" />
          <meta property="og:image:height" content="${SHARE_HEIGHT}" />
          <meta property="og:image:alt" content="${imageAlt}" />
          <meta name="twitter:card" content="summary_large_image" />
          <meta name="twitter:title" content="${title}" />
          <meta name="twitter:description" content="${description}" />
          <meta name="twitter:image" content="${new URL(image, context.url).href}" />
          <meta name="twitter:image:alt" content="${imageAlt}" />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/hosted-survey.css" />
          <script type="module" src="/widget.js"></script>
        </head>
        <body>
          <header class="brand">
            <p><a href="/">Baromètre citoyen</a></p>
            ${languageSwitcher(context)}
          </header>
          <main>${body}</main>
          <footer>
            <p>${strings.footer}</p>
            ${strings.inFrench ? html`<p>${strings.inFrench}</p>` : ''}
            <ul class="legal">
              <li><a href="/mentions-legales" hreflang="fr">${strings.legal}</a></li>
              <li><a href="/donnees-personnelles" hreflang="fr">${strings.privacy}</a></li>
              <li><a href="/accessibilite" hreflang="fr">${strings.accessibility}</a></li>
            </ul>
          </footer>
        </body>
      </html>`,
    status,
  );
}

/** The territory's name, and its logo beside it when it uploaded one (routes/logo.ts). */
function heading(territory: Territory, logo: boolean, language: SurveyLanguage) {
  if (!logo) return html`<h1>${territory.name}</h1>`;
  const src = `/v1/territories/${encodeURIComponent(territory.id)}/logo`;
  return html`<div class="territory">
    <img class="logo" src="${src}" alt="${HOSTED_STRINGS[language].logo(territory.name)}" />
    <h1>${territory.name}</h1>
  </div>`;
}

function survey(territory: Territory, query: z.infer<typeof HostedQuerySchema>, context: PageContext, logo: boolean) {
  const strings = HOSTED_STRINGS[context.language];
  const results = `/tableau-de-bord/${encodeURIComponent(territory.id)}`;
  return html`${heading(territory, logo, context.language)}
    <p class="lead">${strings.lead}</p>
    <barometre-citoyen
      territory="${territory.id}"
      source="${query.src ?? 'qr'}"
      lang="${context.language}"
      ${query.service ? html`service="${query.service}"` : ''}
      ${query.channel ? html`channel="${query.channel}"` : ''}
    ></barometre-citoyen>
    <p class="results"><a href="${results}" hreflang="fr">${strings.results(territory.name)}</a></p>`;
}

/** Whether to show a logo: one primary-key read in D1; a failure there costs the logo, never the page. */
async function withLogo(c: Context<AppEnv>, territory: Territory): Promise<boolean> {
  try {
    return await hasLogo(c.env, territory.id);
  } catch (error) {
    console.error('hosted survey: the logo look-up failed', error);
    return false;
  }
}

export const hostedSurvey = new Hono<AppEnv>().get('/:territory', async (c) => {
  const url = new URL(c.req.url);
  // ?lang= first (a kit's link, the switcher), then the browser's languages, then French.
  const asked = LangSchema.safeParse(c.req.query('lang'));
  const language = pickLanguage([asked.success ? asked.data : undefined, ...acceptedLanguages(c.req.header('accept-language'))]);
  const id = TerritoryIdSchema.safeParse(c.req.param('territory'));
  if (!id.success) {
    return page(
      c,
      400,
      { language: 'fr', url },
      'Adresse incorrecte — Baromètre citoyen',
      html`<h1>Adresse incorrecte</h1>
      <p>Cette adresse ne désigne pas une collectivité. Vérifiez le lien ou le code QR&#8239;: il doit ressembler à <code>/s/commune:25056</code>.</p>`,
    );
  }
  const territory = findTerritory(id.data);
  if (!territory) {
    return page(
      c,
      404,
      { language: 'fr', url },
      'Collectivité inconnue — Baromètre citoyen',
      html`<h1>Collectivité inconnue</h1>
      <p>Aucune collectivité ne porte le code <code>${id.data}</code>. Vérifiez le lien ou le code QR.</p>`,
    );
  }
  const query = HostedQuerySchema.safeParse(c.req.query());
  if (!query.success) {
    // Keep the citizen one click from the survey: the same page without the parameters at fault.
    const fields = query.error.issues.map((issue) => String(issue.path[0]));
    return page(
      c,
      400,
      { language: 'fr', territory, url },
      `Lien incorrect — ${territory.name}`,
      html`<h1>${territory.name}</h1>
      <p>Ce lien contient des paramètres incorrects (${fields.join(', ')}).</p>
      <p><a href="/s/${territory.id}">Répondre au questionnaire</a></p>`,
    );
  }
  const context = { language, territory, url };
  return page(c, 200, context, HOSTED_STRINGS[language].title(territory.name), survey(territory, query.data, context, await withLogo(c, territory)));
});
