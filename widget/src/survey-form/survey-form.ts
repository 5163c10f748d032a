/** Registers `<barometre-citoyen>`; safe to load twice. */
import { define } from '../internal/define.js';
import { BarometreCitoyen } from './survey-form.component.js';

define('barometre-citoyen', BarometreCitoyen);

declare global {
  interface HTMLElementTagNameMap {
    'barometre-citoyen': BarometreCitoyen;
  }
}

export { BarometreCitoyen };
