/**
 * The « Trouver une collectivité » form, written once for the pages that offer it (the front page,
 * the dashboard without a territory): `demo/vite.config.ts` puts it where a page says
 * `<!-- territory-search -->`. Its behaviour is `src/find-territory.ts`.
 * @module
 */
export function territorySearchForm(options: { hidden: boolean }): string {
  return [
    `<form id="find" class="find" role="search" aria-labelledby="find-title" novalidate${options.hidden ? ' hidden' : ''}>`,
    '  <h2 id="find-title">Trouver une collectivité</h2>',
    '  <label for="find-territory">Nom, code postal ou code INSEE de la commune, de l’intercommunalité ou du département</label>',
    '  <input id="find-territory" type="search" list="find-options" autocomplete="off" aria-describedby="find-hint find-error" />',
    '  <datalist id="find-options"></datalist>',
    '  <p id="find-hint" class="note">Par exemple «\u202fBesançon\u202f», «\u202f25000\u202f» ou «\u202f25056\u202f».</p>',
    '  <p id="find-error" class="error" role="alert"></p>',
    '  <button type="submit">Voir son tableau de bord</button>',
    '</form>',
  ].join('\n');
}
