/**
 * The map's legend: one line per class with its bounds and how many départements it holds, the
 * method named, and the hatch for « données insuffisantes ». Bounds are also in data-min and
 * data-max (the raw figures), for the browser test.
 * @module
 */
import { CLASS_METHOD, type MapClass } from './classes.js';

export function drawLegend(
  list: HTMLElement,
  method: HTMLElement,
  classes: readonly MapClass[],
  shades: readonly string[],
  format: (value: number) => string,
  hatched: number,
  /** Why a hatched département has no figure: « moins de 5 réponses », « moins de 3 audits ». */
  hatchReason = 'moins de 5 réponses',
): void {
  const count = (n: number) => `${n.toLocaleString('fr-FR')} département${n > 1 ? 's' : ''}`;
  const line = (swatchClass: string, text: string) => {
    const item = document.createElement('li');
    item.append(Object.assign(document.createElement('span'), { className: swatchClass }), text);
    return item;
  };
  method.textContent = `En ${CLASS_METHOD}\u202f: chaque teinte regroupe à peu près autant de départements.`;
  list.replaceChildren(
    ...classes.map((item, index) => {
      const bounds = item.min === item.max ? format(item.min) : `de ${format(item.min)} à ${format(item.max)}`;
      const li = line('swatch', `${bounds} (${count(item.count)})`);
      (li.firstElementChild as HTMLElement).style.background = shades[index] ?? shades[shades.length - 1] ?? '#000091';
      Object.assign(li.dataset, { min: String(item.min), max: String(item.max), count: String(item.count) });
      return li;
    }),
    line('swatch hatched', `Données insuffisantes, ${hatchReason} (${count(hatched)})`),
  );
}
