/**
 * The Trophée certificate for a podium place: A4 landscape, drawn like the kit's posters (so the
 * same PDF writer embeds its fonts), printed and framed by the town hall.
 * @module
 */
import type { Drawing, Item } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import { stackText } from '../text-fit.js';

export interface CertificateData {
  name: string;
  rank: number;
  category: string;
  year: string;
  /** Answers per 1,000 inhabitants. */
  rate: number;
  /** Respondents over the year (survey/participation.ts). */
  respondents: number;
}

const WIDTH = 297;
const HEIGHT = 210;
const BLUE = '#000091';
const TEXT = '#161616';

const ordinal = (rank: number) => (rank === 1 ? '1re' : `${rank}e`);

export function certificateDrawing(data: CertificateData, fonts: Fonts): Drawing {
  const rate = data.rate.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const items: Item[] = [
    { kind: 'rect', x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#ffffff' },
    { kind: 'rect', x: 8, y: 8, width: WIDTH - 16, height: HEIGHT - 16, fill: BLUE },
    { kind: 'rect', x: 11, y: 11, width: WIDTH - 22, height: HEIGHT - 22, fill: '#ffffff' },
  ];
  const stack = stackText(
    [
      { text: 'Baromètre citoyen', maxSize: 7, minSize: 5, maxLines: 1, weight: 'bold' },
      { text: `Trophée de la consultation citoyenne ${data.year}`, maxSize: 13, minSize: 8, maxLines: 2, weight: 'bold', gapBefore: 0.8 },
      { text: 'décerné à', maxSize: 7, minSize: 5, maxLines: 1, weight: 'regular', gapBefore: 1 },
      { text: data.name, maxSize: 18, minSize: 8, maxLines: 2, weight: 'bold', gapBefore: 0.5 },
      { text: `${ordinal(data.rank)} place — ${data.category}`, maxSize: 8, minSize: 5, maxLines: 2, weight: 'bold', gapBefore: 0.9 },
      {
        text: `${rate} répondants pour 1 000 habitants (${data.respondents.toLocaleString('fr-FR')} usagers ont donné leur avis)`,
        maxSize: 6,
        minSize: 4,
        maxLines: 2,
        weight: 'regular',
        gapBefore: 0.8,
      },
      {
        text: 'Merci à ses habitants et à ses agents d’avoir fait vivre l’écoute des usagers.',
        maxSize: 5.5,
        minSize: 4,
        maxLines: 2,
        weight: 'regular',
        gapBefore: 1.5,
      },
    ],
    WIDTH - 60,
    HEIGHT - 50,
    fonts,
  );
  const top = (HEIGHT - stack.height) / 2;
  stack.blocks.forEach((block, index) => {
    items.push({
      kind: 'text',
      x: WIDTH / 2,
      y: top + block.top,
      lines: block.lines,
      size: block.size,
      lineHeight: block.lineHeight,
      weight: block.weight,
      fill: index === 1 || index === 3 ? BLUE : TEXT,
      anchor: 'middle',
    });
  });
  return {
    width: WIDTH,
    height: HEIGHT,
    unit: 'mm',
    alt: `Certificat du Trophée de la consultation citoyenne ${data.year} : ${data.name}, ${ordinal(data.rank)} place, ${data.category}.`,
    items,
  };
}
