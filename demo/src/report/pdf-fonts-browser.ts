/** The kit's fonts for a PDF drawn in the browser, fetched when a PDF is first asked for (they ride in its lazy chunk). */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { loadFonts, type Fonts } from '../../../kit/src/fonts.js';

const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

export async function pdfFonts(): Promise<Fonts> {
  return loadFonts({ regular: await bytes(regularUrl), bold: await bytes(boldUrl) });
}
