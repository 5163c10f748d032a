/** The territory search of the kit page, through the API (`GET /v1/territories?q=`). */
import type { Territory } from '../../../survey/results.js';

export async function searchTerritories(query: string, signal: AbortSignal): Promise<Territory[]> {
  if (query.trim().length < 2) return [];
  const response = await fetch(`/v1/territories?q=${encodeURIComponent(query.trim())}&limit=12`, { signal });
  if (!response.ok) return [];
  return ((await response.json()) as { data: Territory[] }).data;
}

export async function territoryById(id: string): Promise<Territory | undefined> {
  const response = await fetch(`/v1/territories/${encodeURIComponent(id)}`);
  return response.ok ? ((await response.json()) as { data: Territory }).data : undefined;
}

/** How a territory shows in the search list, and how it is read back: « Besançon (commune:25056) ». */
export const optionLabel = (territory: Territory) => `${territory.name} (${territory.id})`;
export const idOfLabel = (label: string) => /\(([a-z]+:[0-9AB]+)\)\s*$/.exec(label)?.[1];
