/**
 * The territory search of the pages (kit, snippet builder, dashboard, front page), through the API
 * (`GET /v1/territories?q=`): a list of matches under a search box, and how a match is read back.
 * @module
 */
import type { Territory, TerritoryDetail } from '../../survey/results.js';
import { isTerritoryId } from '../../survey/territory-id.js';

export async function searchTerritories(query: string, signal: AbortSignal): Promise<Territory[]> {
  if (query.trim().length < 2) return [];
  const response = await fetch(`/v1/territories?q=${encodeURIComponent(query.trim())}&limit=12`, { signal });
  if (!response.ok) return [];
  return ((await response.json()) as { data: Territory[] }).data;
}

export async function territoryById(id: string): Promise<TerritoryDetail | undefined> {
  const response = await fetch(`/v1/territories/${encodeURIComponent(id)}`);
  return response.ok ? ((await response.json()) as { data: TerritoryDetail }).data : undefined;
}

/** How a territory shows in the search list, and how it is read back: « Besançon (commune:25056) ». */
export const optionLabel = (territory: Territory) => `${territory.name} (${territory.id})`;
/**
 * The same, with what tells homonyms apart (« Saint-Denis (93) » and « Saint-Denis (974) ») and
 * what a registering town checks: « Saint-Denis (93) — commune, 113 942 habitants (commune:93066) ».
 */
export const detailedOptionLabel = (territory: Territory) =>
  `${territory.name} (${territory.departement}) — ${KIND_WORDS[territory.kind]}, ${territory.population.toLocaleString('fr-FR')} habitants (${territory.id})`;
const KIND_WORDS = { commune: 'commune', epci: 'intercommunalité', departement: 'département' } as const;
export const idOfLabel = (label: string) => /\(([a-z]+:[0-9AB]+)\)\s*$/.exec(label)?.[1];

/**
 * The territory a search box names: a line of its list (« Besançon (commune:25056) »), an id typed
 * as such, or the only match of what was typed; undefined when it names none or several.
 */
export function typedTerritoryId(typed: string, found: readonly { id: string }[]): string | undefined {
  const trimmed = typed.trim();
  return idOfLabel(trimmed) ?? (isTerritoryId(trimmed) ? trimmed : undefined) ?? (found.length === 1 ? found[0]?.id : undefined);
}

/**
 * Fills `options` (the search box's datalist) with the territories matching what was typed, one
 * search at a time: a new call cancels the one still under way. Resolves with the matches, or with
 * undefined when a newer call took over.
 */
export function territorySuggestions(
  options: HTMLDataListElement,
  label: (territory: Territory) => string = optionLabel,
): (typed: string) => Promise<Territory[] | undefined> {
  let searching: AbortController | undefined;
  return async (typed) => {
    searching?.abort();
    const controller = (searching = new AbortController());
    try {
      const found = await searchTerritories(typed, controller.signal);
      if (controller.signal.aborted) return undefined;
      options.replaceChildren(...found.map((candidate) => Object.assign(document.createElement('option'), { value: label(candidate) })));
      return found;
    } catch {
      return undefined; // aborted by the next keystroke
    }
  };
}
