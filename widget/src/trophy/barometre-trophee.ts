/** Registers `<barometre-trophee>`; safe to load twice. */
import { define } from '../internal/define.js';
import { BarometreTrophee } from './barometre-trophee.component.js';

define('barometre-trophee', BarometreTrophee);

declare global {
  interface HTMLElementTagNameMap {
    'barometre-trophee': BarometreTrophee;
  }
}

export { BarometreTrophee };
