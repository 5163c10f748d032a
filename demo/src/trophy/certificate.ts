/** A podium certificate as PDF, in the browser: the kit's template and PDF writer, with the kit's fonts. */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { loadFonts } from '../../../kit/src/fonts.js';
import { toPdf } from '../../../kit/src/render/pdf.js';
import { certificateDrawing, type CertificateData } from '../../../kit/src/templates/certificate.js';

const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

export async function certificatePdf(data: CertificateData): Promise<Uint8Array> {
  const fonts = loadFonts({ regular: await bytes(regularUrl), bold: await bytes(boldUrl) });
  const drawing = certificateDrawing(data, fonts);
  return toPdf(drawing, {
    title: `Trophée de la consultation citoyenne ${data.year} — ${data.name}`,
    language: 'fr',
    fonts,
    rasterize: () => {
      throw new Error('a certificate has no image to rasterise');
    },
  });
}
