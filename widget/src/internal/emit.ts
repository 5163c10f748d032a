/**
 * Dispatches an element's typed event: a `CustomEvent` that bubbles and crosses the shadow
 * boundary, so the host page can listen on the element or on `document`. An event is declared
 * once, by augmenting `HTMLElementEventMap` beside the element that sends it; its name and its
 * `detail` are then checked here and in every listener.
 * @module
 */

/** The names of `HTMLElementEventMap` whose event is a `CustomEvent`. */
export type CustomEventName = {
  [Name in keyof HTMLElementEventMap]: HTMLElementEventMap[Name] extends CustomEvent ? Name : never;
}[keyof HTMLElementEventMap];

/** The `detail` an event of `HTMLElementEventMap` carries. */
export type EventDetail<Name extends CustomEventName> = HTMLElementEventMap[Name] extends CustomEvent<infer Detail> ? Detail : never;

export function emit<Name extends CustomEventName>(element: HTMLElement, name: Name, detail: EventDetail<Name>): void {
  element.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
