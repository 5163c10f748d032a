/** Entry of `/trophee.js`: defines `<barometre-trophee>`, the Trophée ranking a site can embed. */
import { define } from './internal/define.js';
import { BarometreTrophee } from './trophy/barometre-trophee.component.js';

define('barometre-trophee', BarometreTrophee);

declare global {
  interface HTMLElementTagNameMap {
    'barometre-trophee': BarometreTrophee;
  }
}

export { BarometreTrophee };
