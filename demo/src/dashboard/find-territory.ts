/**
 * « Trouver une collectivité » on the dashboard page, shown when the address names no territory
 * (`/tableau-de-bord`) or one that does not exist: a search by name or INSEE code through the API
 * (`GET /v1/territories?q=`, the kit page's), leading to the territory's dashboard.
 * @module
 */
import { idOfLabel, optionLabel, searchTerritories } from '../kit/territory-search.js';

export function showTerritorySearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]') as HTMLInputElement;
  const options = form.querySelector('datalist') as HTMLDataListElement;
  const error = form.querySelector<HTMLElement>('.error') as HTMLElement;
  let searching: AbortController | undefined;
  let found: { id: string; label: string }[] = [];

  input.addEventListener('input', async () => {
    searching?.abort();
    searching = new AbortController();
    try {
      const territories = await searchTerritories(input.value, searching.signal);
      found = territories.map((territory) => ({ id: territory.id, label: optionLabel(territory) }));
      options.replaceChildren(...found.map(({ label }) => Object.assign(document.createElement('option'), { value: label })));
    } catch {
      // Aborted by the next keystroke.
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // A label picked from the list names its id; otherwise the first match of what was typed, if any.
    const id = idOfLabel(input.value) ?? (found.length === 1 ? found[0]?.id : undefined);
    if (!id) {
      error.textContent = input.value.trim()
        ? 'Choisissez une collectivité dans la liste qui s’affiche pendant la saisie.'
        : 'Saisissez le nom ou le code INSEE d’une collectivité.';
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return;
    }
    location.assign(`/tableau-de-bord/${encodeURIComponent(id)}`);
  });

  form.hidden = false;
}
