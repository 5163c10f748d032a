/**
 * Keeps Tab and Shift+Tab inside a modal dialog. `showModal()` already makes the page inert, but
 * Chromium then lets Tab leave for the browser's own toolbar; a survey in a dialog should cycle.
 */
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export function trapTab(event: KeyboardEvent, container: HTMLElement): void {
  if (event.key !== 'Tab') return;
  // One stop per radio group: Tab reaches the checked radio, or the first when none is.
  const stops = [...container.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => {
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
    const group = [...container.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${element.name}"]`)];
    return element === (group.find((radio) => radio.checked) ?? group[0]);
  });
  const first = stops[0];
  const last = stops[stops.length - 1];
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  if (event.shiftKey && (active === first || !container.contains(active))) {
    event.preventDefault();
    last?.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first?.focus();
  }
}
