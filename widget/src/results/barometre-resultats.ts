/** Registers `<barometre-resultats>`; safe to load twice. */
import { define } from '../internal/define.js';
import { BarometreResultats } from './barometre-resultats.component.js';

define('barometre-resultats', BarometreResultats);

declare global {
  interface HTMLElementTagNameMap {
    'barometre-resultats': BarometreResultats;
  }
}

export { BarometreResultats };
