/**
 * Registers a custom element unless its tag already exists: CMSs often load the same script twice,
 * and a second `customElements.define` would throw.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
