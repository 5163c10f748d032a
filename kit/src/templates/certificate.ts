/**
 * The Trophée certificate for a podium place: A4 landscape, drawn like the kit's posters (so the
 * same PDF writer embeds its fonts), printed and framed by the town hall. It reads as a diploma: a
 * double frame, the barometer's seal (a medal whose three bars rise like a barometer's reading),
 * the year, the territory, its rank and category, and « Fait à …, le … » with the issuer's name
 * under a line for a signature.
 * @module
 */
import type { Drawing, Item } from '../drawing.js';
import type { Fonts } from '../fonts.js';
import { fitText, LINE_HEIGHT, stackText, textItemOf } from '../text-fit.js';

export interface CertificateData {
  name: string;
  rank: number;
  category: string;
  year: string;
  /** Answers per 1,000 inhabitants. */
  rate: number;
  /** Respondents over the year (survey/participation.ts). */
  respondents: number;
  /** When the palmarès was published (ISO 8601): the certificate's date. */
  publishedAt?: string | null;
  /** Who issues it, and from which town (the instance's PUBLISHER_NAME and PUBLISHER_CITY). */
  issuer?: { name: string | null; place: string | null };
}

const WIDTH = 297;
const HEIGHT = 210;
const BLUE = '#000091';
const RED = '#e1000f';
const TEXT = '#161616';
const WHITE = '#ffffff';

const ordinal = (rank: number) => (rank === 1 ? '1re' : `${rank}e`);

/** « le 1er février 2027 », in Paris time, as French dates are written on a certificate. */
export function frenchLongDate(iso: string): string {
  const date = new Date(iso);
  const part = (options: Intl.DateTimeFormatOptions) => date.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris', ...options });
  const day = part({ day: 'numeric' });
  return `${day === '1' ? '1er' : day} ${part({ month: 'long' })} ${part({ year: 'numeric' })}`;
}

/** « Fait à Lyon, le 15 janvier 2027 », with what is known of the two. */
export function issuedLine(place: string | null | undefined, publishedAt: string | null | undefined): string | undefined {
  const date = publishedAt ? `le ${frenchLongDate(publishedAt)}` : undefined;
  if (place && date) return `Fait à ${place}, ${date}`;
  if (place) return `Fait à ${place}`;
  return date ? `Fait ${date}` : undefined;
}

/** A disc of `diameter` centred on (cx, cy): a rectangle whose corner radius is half its side. */
const disc = (cx: number, cy: number, diameter: number, fill: string): Item => ({
  kind: 'rect',
  x: cx - diameter / 2,
  y: cy - diameter / 2,
  width: diameter,
  height: diameter,
  radius: diameter / 2,
  fill,
});

/** The barometer's seal: ribbon tails, a ringed medal, three bars rising. */
function seal(cx: number, cy: number): Item[] {
  const bars = [6, 9, 12].map((height, index): Item => ({
    kind: 'rect',
    x: cx - 6.5 + index * 5,
    y: cy + 6 - height,
    width: 3,
    height,
    fill: WHITE,
    radius: 0.6,
  }));
  return [
    { kind: 'rect', x: cx - 9, y: cy, width: 6, height: 20, fill: RED },
    { kind: 'rect', x: cx + 3, y: cy, width: 6, height: 20, fill: RED },
    disc(cx, cy, 28, BLUE),
    disc(cx, cy, 25, WHITE),
    disc(cx, cy, 22, BLUE),
    ...bars,
  ];
}

/** A frame `inset` from the page's edge, `thickness` wide. */
function frame(inset: number, thickness: number, fill: string): Item[] {
  return [
    { kind: 'rect', x: inset, y: inset, width: WIDTH - 2 * inset, height: HEIGHT - 2 * inset, fill },
    { kind: 'rect', x: inset + thickness, y: inset + thickness, width: WIDTH - 2 * (inset + thickness), height: HEIGHT - 2 * (inset + thickness), fill: WHITE },
  ];
}

export function certificateDrawing(data: CertificateData, fonts: Fonts): Drawing {
  const rate = data.rate.toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const items: Item[] = [
    { kind: 'rect', x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: WHITE },
    ...frame(8, 2.5, BLUE),
    ...frame(13, 0.4, BLUE),
    // The frame's corners, as on a diploma.
    ...[
      [13, 13],
      [WIDTH - 19, 13],
      [13, HEIGHT - 19],
      [WIDTH - 19, HEIGHT - 19],
    ].map(([x = 0, y = 0]): Item => ({ kind: 'rect', x, y, width: 6, height: 6, fill: BLUE })),
    ...seal(WIDTH / 2, 33),
  ];
  const stack = stackText(
    [
      { text: 'BAROMÈTRE CITOYEN', maxSize: 4.5, minSize: 3.5, maxLines: 1, weight: 'bold' },
      { text: 'Trophée de la consultation citoyenne', maxSize: 11, minSize: 7, maxLines: 2, weight: 'bold', gapBefore: 0.5 },
      { text: data.year, maxSize: 12, minSize: 7, maxLines: 1, weight: 'bold', gapBefore: 0.3 },
      { text: 'décerné à', maxSize: 5.5, minSize: 4, maxLines: 1, weight: 'regular', gapBefore: 0.8 },
      { text: data.name, maxSize: 15, minSize: 7, maxLines: 2, weight: 'bold', gapBefore: 0.35, hardMinSize: 5 },
      { text: `${ordinal(data.rank)} place — ${data.category}`, maxSize: 7, minSize: 4.5, maxLines: 2, weight: 'bold', gapBefore: 0.8 },
      {
        text: `${rate} répondants pour 1\u202f000 habitants (${data.respondents.toLocaleString('fr-FR')} usagers ont donné leur avis)`,
        maxSize: 5,
        minSize: 3.8,
        maxLines: 2,
        weight: 'regular',
        gapBefore: 0.8,
      },
      {
        text: 'Merci à ses habitants et à ses agents d’avoir fait vivre l’écoute des usagers.',
        maxSize: 5,
        minSize: 3.8,
        maxLines: 2,
        weight: 'regular',
        gapBefore: 0.6,
      },
    ],
    WIDTH - 70,
    // Between the seal and the signatures.
    120,
    fonts,
  );
  const top = 53 + (120 - stack.height) / 2;
  const colours = [BLUE, BLUE, RED, TEXT, BLUE, TEXT, TEXT, TEXT];
  stack.blocks.forEach((block, index) => {
    items.push(textItemOf(block, { x: WIDTH / 2, top, fill: colours[index] ?? TEXT, anchor: 'middle' }));
  });
  // The foot: where and when on the left; who, under a line for a signature, on the right.
  const issued = issuedLine(data.issuer?.place, data.publishedAt);
  const foot = (text: string, x: number, anchor: 'start' | 'end') => {
    const fitted = fitText({ text, width: 110, maxSize: 4.2, minSize: 3.2, maxLines: 2, weight: 'regular' }, fonts);
    items.push({
      kind: 'text',
      x,
      y: 186,
      lines: fitted.lines,
      size: fitted.size,
      lineHeight: fitted.size * LINE_HEIGHT,
      weight: 'regular',
      fill: TEXT,
      anchor,
    });
  };
  if (issued) foot(issued, 30, 'start');
  items.push({ kind: 'rect', x: WIDTH - 100, y: 179, width: 70, height: 0.3, fill: TEXT });
  foot(`Pour ${data.issuer?.name ?? 'l’équipe du Baromètre citoyen'}`, WIDTH - 30, 'end');
  return {
    width: WIDTH,
    height: HEIGHT,
    unit: 'mm',
    alt: `Certificat du Trophée de la consultation citoyenne ${data.year}\u202f: ${data.name}, ${ordinal(data.rank)} place, ${data.category}${issued ? `. ${issued}` : ''}.`,
    items,
  };
}
