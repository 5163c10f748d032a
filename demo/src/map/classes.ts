/**
 * The legend's classes: equal-count classes (quantiles) of the figures shown, so that each shade
 * holds about as many départements as the others, whatever the spread of the figures. Equal
 * steps between the smallest and the largest figure left most départements in one shade.
 * @module
 */

/** One class: its bounds are figures that some département has, and how many départements it holds. */
export interface MapClass {
  min: number;
  max: number;
  count: number;
}

export const CLASS_METHOD = 'classes de même effectif (quantiles)';

/**
 * Up to `wanted` classes of `values`: the upper bound of class i is the figure at rank
 * ⌈(i + 1) · n / wanted⌉; equal figures always share a class, so ties can leave fewer classes.
 */
export function quantileClasses(values: readonly number[], wanted: number): MapClass[] {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const classes: MapClass[] = [];
  let start = 0;
  for (let index = 0; index < wanted && start < sorted.length; index += 1) {
    let end = Math.max(start + 1, Math.ceil(((index + 1) * sorted.length) / wanted));
    // A tie with the next figure joins this class, so a figure never sits in two shades.
    while (end < sorted.length && sorted[end] === sorted[end - 1]) end += 1;
    classes.push({ min: sorted[start] as number, max: sorted[end - 1] as number, count: end - start });
    start = end;
  }
  return classes;
}

/** The class a figure falls in: the first whose upper bound reaches it (the last one past the end). */
export function classOf(classes: readonly MapClass[], value: number): number {
  const index = classes.findIndex((item) => value <= item.max);
  return index === -1 ? classes.length - 1 : index;
}
