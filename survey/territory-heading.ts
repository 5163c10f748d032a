/**
 * How a page names a territory under its title: « Commune · 118 489 habitants · département 25 ».
 * One function for the dashboard's script and for the Worker, which writes it into the page's HTML
 * so that the heading is there at the first paint (it is the page's largest text).
 * @module
 */
import type { Territory } from './results.js';
import { categoryOf } from './trophy.js';

const KIND_LABELS_FR = { commune: 'Commune', epci: 'Intercommunalité', departement: 'Département' } as const;

export function territorySubtitle(territory: Territory): string {
  return `${KIND_LABELS_FR[territory.kind]} · ${territory.population.toLocaleString('fr-FR')} habitants · département ${territory.departement}`;
}

/** The dashboard's document title for a territory. */
export function dashboardTitle(territory: Territory): string {
  return `${territory.name} — Tableau de bord du Baromètre citoyen`;
}

/** A territory's tools, each opened on the territory: the snippet builder, the kit, the hosted survey page. */
export function territoryTools(id: string): { embed: string; kit: string; survey: string } {
  const encoded = encodeURIComponent(id);
  return { embed: `/integrer?territory=${encoded}`, kit: `/kit.html?territory=${encoded}`, survey: `/s/${encoded}` };
}

/** Where a territory's dashboard links: its Trophée category (none for a kind or size the Trophée has no category for) and its kit. */
export function territoryLinks(territory: Territory): { trophy: string | undefined; kit: string } {
  const category = categoryOf(territory.kind, territory.population);
  const id = encodeURIComponent(territory.id);
  return { trophy: category ? `/trophee?category=${category}&territory=${id}` : undefined, kit: territoryTools(territory.id).kit };
}
