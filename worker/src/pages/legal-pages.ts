/**
 * The three pages every French public website owes its readers, written for this product and linked
 * from the hosted survey: the legal notice (`/mentions-legales`), what happens to personal data
 * (`/donnees-personnelles`) and the accessibility statement (`/accessibilite`, in the form of a
 * *déclaration d'accessibilité* under RGAA 4.1). Who publishes an instance and how to reach them
 * are its variables PUBLISHER_NAME and CONTACT_EMAIL; a page says plainly when they are not set.
 * In French: they are the publisher's legal texts.
 * @module
 */
import { Hono, type Context } from 'hono';
import { html } from 'hono/html';
import * as z from 'zod/mini';
import { MIN_ANSWERS } from '../../../survey/scoring.js';
import type { AppEnv } from '../env.js';
import { CLIENT_RETENTION_MS } from '../ledger/rate-limit.js';
import { HOSTED_PAGE_CSP } from './hosted-survey.js';

const ContactSchema = z.email();

function publisher(c: Context<AppEnv>) {
  const name = c.env.PUBLISHER_NAME?.trim() || undefined;
  const email = ContactSchema.safeParse(c.env.CONTACT_EMAIL?.trim()).data;
  return {
    name: name ?? 'l’éditeur de cette instance (non déclaré\u202f: variable PUBLISHER_NAME)',
    contact: email ? html`<a href="mailto:${email}">${email}</a>` : html`l’adresse que l’éditeur n’a pas encore déclarée (variable CONTACT_EMAIL)`,
  };
}

function legalPage(c: Context<AppEnv>, title: string, body: ReturnType<typeof html>) {
  c.header('Content-Security-Policy', HOSTED_PAGE_CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Cache-Control', 'public, max-age=3600');
  return c.html(html`<!doctype html>
    <html lang="fr" dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} — Baromètre citoyen</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/hosted-survey.css" />
      </head>
      <body>
        <header class="brand"><p><a href="/">Baromètre citoyen</a></p></header>
        <main class="legal-page">${body}</main>
        <footer>
          <ul class="legal">
            <li><a href="/mentions-legales">Mentions légales</a></li>
            <li><a href="/donnees-personnelles">Données personnelles</a></li>
            <li><a href="/accessibilite">Accessibilité&#8239;: non conforme</a></li>
          </ul>
        </footer>
      </body>
    </html>`);
}

const hours = Math.round(CLIENT_RETENTION_MS / 3_600_000);

export const legalPages = new Hono<AppEnv>()
  .get('/mentions-legales', (c) => {
    const { name, contact } = publisher(c);
    return legalPage(
      c,
      'Mentions légales',
      html`<h1>Mentions légales</h1>
        <h2>Éditeur</h2>
        <p>Ce site est publié par ${name}. Contact&#8239;: ${contact}.</p>
        <h2>Hébergement</h2>
        <p>Le site et ses données sont hébergés par Cloudflare, Inc., 101 Townsend Street, San Francisco, CA 94107, États-Unis.</p>
        <h2>Logiciel</h2>
        <p>Le Baromètre citoyen est un logiciel libre (licence MIT). Les résultats publiés sont des agrégats&#8239;: aucun chiffre n’est affiché sous ${MIN_ANSWERS} réponses.</p>`,
    );
  })
  .get('/donnees-personnelles', (c) => {
    const { name, contact } = publisher(c);
    return legalPage(
      c,
      'Données personnelles',
      html`<h1>Données personnelles</h1>
        <p>Le questionnaire du Baromètre citoyen est anonyme&#8239;: il ne demande ni votre nom, ni votre adresse, ni votre téléphone, et ne dépose aucun cookie.</p>
        <h2>Qui est responsable</h2>
        <p>${name}. Pour toute question ou pour exercer vos droits&#8239;: ${contact}.</p>
        <h2>Ce qui est enregistré, et pourquoi</h2>
        <ul>
          <li>Vos réponses&#8239;: l’appréciation générale, les critères notés, le service et le canal, la langue, la page ou l’affiche d’où vous venez, la date de réception, et votre commentaire si vous en écrivez un.</li>
          <li>Dans un commentaire, les adresses électroniques et les numéros de téléphone sont masqués automatiquement avant tout enregistrement. N’y écrivez aucun nom ni aucune donnée personnelle.</li>
          <li>Votre adresse IP n’est jamais enregistrée. Elle sert seulement à calculer un identifiant chiffré, renouvelé chaque jour et effacé après ${hours} heures au plus, qui limite les envois en rafale et compte une personne une fois par jour.</li>
          <li>Votre navigateur garde votre réponse (stockage local du navigateur) jusqu’à ce que le serveur en accuse réception, pour qu’elle ne se perde pas sans connexion. En mode bouton, il retient 30 jours que vous avez déjà répondu, pour ne pas vous le redemander.</li>
        </ul>
        <p>Finalité&#8239;: mesurer la qualité de l’accueil des services publics et en publier les résultats. Base légale&#8239;: l’exécution d’une mission d’intérêt public (article 6.1.e du RGPD).</p>
        <h2>Qui les voit</h2>
        <p>Tout le monde voit les résultats agrégés, jamais sous ${MIN_ANSWERS} réponses. La collectivité concernée lit les commentaires, masqués comme ci-dessus. Aucune donnée n’est vendue ni utilisée pour de la publicité.</p>
        <h2>Combien de temps</h2>
        <p>Les réponses, anonymes, sont gardées pour comparer les années. L’identifiant technique est effacé après ${hours} heures au plus.</p>
        <h2>Vos droits</h2>
        <p>
          Vous disposez des droits d’accès, de rectification, d’effacement, de limitation et d’opposition. Comme les réponses sont anonymes, nous ne pouvons
          retrouver la vôtre que si vous nous en donnez assez d’éléments (date, service, texte du commentaire). Écrivez à ${contact}. Vous pouvez aussi adresser
          une réclamation à la CNIL (www.cnil.fr).
        </p>`,
    );
  })
  .get('/accessibilite', (c) => {
    const { name, contact } = publisher(c);
    return legalPage(
      c,
      'Déclaration d’accessibilité',
      html`<h1>Déclaration d’accessibilité</h1>
        <p>
          ${name} s’engage à rendre ses services numériques accessibles, conformément à l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette
          déclaration d’accessibilité s’applique au questionnaire du Baromètre citoyen (le composant <code>&lt;barometre-citoyen&gt;</code>) et à sa page
          hébergée (<code>/s/…</code>).
        </p>
        <h2>État de conformité</h2>
        <p>
          <strong>Non conforme</strong> au référentiel général d’amélioration de l’accessibilité (RGAA 4.1)&#8239;: aucun audit complet des 106 critères n’a
          encore été réalisé, et sans audit la loi ne permet pas de se déclarer conforme, même partiellement.
        </p>
        <h2>Tests réalisés</h2>
        <ul>
          <li>À chaque modification, des tests automatiques dans Chromium parcourent le questionnaire entier dans ses huit langues (dont l’arabe, écrit de droite à gauche), à 1280 et 390 pixels de large, avec axe-core (règles WCAG 2.1 A et AA)&#8239;: aucune erreur relevée.</li>
          <li>Le questionnaire se remplit entièrement au clavier, avec un focus visible, y compris dans sa fenêtre de dialogue (test automatique).</li>
          <li>Il reste lisible sous une feuille de style hostile et sous une politique de sécurité stricte, et ses couleurs d’accent sont refusées sous un contraste de 4,5&#8239;:&#8239;1.</li>
          <li>Non réalisé à ce jour&#8239;: un test avec des lecteurs d’écran (NVDA, VoiceOver, TalkBack) par des personnes qui les utilisent.</li>
        </ul>
        <h2>Retour d’information et contact</h2>
        <p>Si vous n’arrivez pas à accéder à un contenu ou à répondre, écrivez à ${contact}&#8239;: nous vous répondrons et vous proposerons un autre moyen de donner votre avis.</p>
        <h2>Voies de recours</h2>
        <p>
          Si vous nous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez saisir le Défenseur des droits&#8239;: par
          son formulaire en ligne (www.defenseurdesdroits.fr), par un de ses délégués, ou par courrier gratuit à Défenseur des droits, Libre réponse 71120,
          75342 Paris CEDEX 07.
        </p>`,
    );
  });
