/**
 * The pages' one way to reach an element of their own static HTML by id: each id is written in the
 * page's file, so a missing one is a mistake in the page, not a state to handle.
 * @module
 */
export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
