/**
 * « Trouver une collectivité » (the form `demo/territory-search-form.ts` writes), on the front page
 * and on the dashboard page when the address names no territory or one that does not exist: a
 * search by name or INSEE code, leading to the territory's dashboard.
 * @module
 */
import { territorySuggestions, typedTerritoryId } from './territory-search.js';

export function showTerritorySearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
  const options = form.querySelector('datalist') as HTMLDataListElement;
  const error = form.querySelector<HTMLElement>('.error') as HTMLElement;
  const suggest = territorySuggestions(options);
  let found: { id: string }[] = [];

  input.addEventListener('input', async () => {
    found = (await suggest(input.value)) ?? found;
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const id = typedTerritoryId(input.value, found);
    if (!id) {
      error.textContent = input.value.trim()
        ? 'Choisissez une collectivité dans la liste qui s’affiche pendant la saisie.'
        : 'Saisissez le nom, le code postal ou le code INSEE d’une collectivité.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    location.assign(`/tableau-de-bord/${encodeURIComponent(id)}`);
  });

  form.hidden = false;
}
