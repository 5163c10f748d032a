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
import { CHANNELS, SERVICES } from '../../../survey/questionnaire.js';
import { LangSchema, SourceSchema } from '../../../survey/response.js';
import type { Territory } from '../../../survey/results.js';
import { TerritoryIdSchema } from '../../../survey/territory.js';
import { findTerritory } from '../../../survey/territory-directory.js';
import type { AppEnv } from '../env.js';

/** QR codes on paper cannot be fixed: a source that arrives mangled still deserves a clear page. */
const HostedQuerySchema = z.object({
  src: z.optional(SourceSchema),
  service: z.optional(z.enum(SERVICES)),
  channel: z.optional(z.enum(CHANNELS)),
  lang: z.optional(LangSchema),
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

function page(c: Context<AppEnv>, status: 200 | 400 | 404, title: string, body: ReturnType<typeof html>): Response | Promise<Response> {
  c.header('Content-Security-Policy', HOSTED_PAGE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  // Short: a territory's name or the widget may change; a QR scan must not see a stale page long.
  c.header('Cache-Control', status === 200 ? 'public, max-age=300' : 'no-store');
  return c.html(
    html`<!doctype html>
      <html lang="fr">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title>${title}</title>
          <meta name="description" content="Questionnaire anonyme du Baromètre citoyen : donnez votre avis sur l’accueil des services publics de votre collectivité." />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          <link rel="stylesheet" href="/hosted-survey.css" />
          <script type="module" src="/widget.js"></script>
        </head>
        <body>
          <main>${body}</main>
          <footer><p>Baromètre citoyen — questionnaire anonyme, sans cookie.</p></footer>
        </body>
      </html>`,
    status,
  );
}

function survey(territory: Territory, query: z.infer<typeof HostedQuerySchema>) {
  return html`<h1>${territory.name}</h1>
    <p class="lead">Donnez votre avis sur l’accueil de nos services publics.</p>
    <barometre-citoyen
      territory="${territory.id}"
      source="${query.src ?? 'qr'}"
      ${query.service ? html`service="${query.service}"` : ''}
      ${query.channel ? html`channel="${query.channel}"` : ''}
      ${query.lang ? html`lang="${query.lang}"` : ''}
    ></barometre-citoyen>`;
}

export const hostedSurvey = new Hono<AppEnv>().get('/:territory', (c) => {
  const id = TerritoryIdSchema.safeParse(c.req.param('territory'));
  if (!id.success) {
    return page(
      c,
      400,
      'Adresse incorrecte — Baromètre citoyen',
      html`<h1>Adresse incorrecte</h1>
      <p>Cette adresse ne désigne pas une collectivité. Vérifiez le lien ou le code QR : il doit ressembler à <code>/s/commune:25056</code>.</p>`,
    );
  }
  const territory = findTerritory(id.data);
  if (!territory) {
    return page(
      c,
      404,
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
      `Lien incorrect — ${territory.name}`,
      html`<h1>${territory.name}</h1>
      <p>Ce lien contient des paramètres incorrects (${fields.join(', ')}).</p>
      <p><a href="/s/${territory.id}">Répondre au questionnaire</a></p>`,
    );
  }
  return page(c, 200, `Votre avis — ${territory.name}`, survey(territory, query.data));
});
