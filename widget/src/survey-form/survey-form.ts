/**
 * Registers `<barometre-citoyen>`; safe to load twice. Registration waits for the next task, so the
 * script's evaluation and the element's first upgrade never add up to one long task on the host
 * page (use `customElements.whenDefined('barometre-citoyen')` to wait for it).
 */
import { define } from '../internal/define.js';
import { yieldToMain } from '../internal/yield.js';
import { BarometreCitoyen } from './survey-form.component.js';

void yieldToMain().then(() => define('barometre-citoyen', BarometreCitoyen));

declare global {
  interface HTMLElementTagNameMap {
    'barometre-citoyen': BarometreCitoyen;
  }
}

export { BarometreCitoyen };
