/**
 * Entry of `/resultats.js`: defines `<barometre-resultats>`, which a town can put on its own site.
 * chart.js comes with it and only with it: the survey's `/widget.js` never loads it.
 */
import { define } from './internal/define.js';
import { BarometreResultats } from './results/barometre-resultats.component.js';

define('barometre-resultats', BarometreResultats);

declare global {
  interface HTMLElementTagNameMap {
    'barometre-resultats': BarometreResultats;
  }
}

export { BarometreResultats };
