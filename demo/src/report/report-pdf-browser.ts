/** The report's PDF in the browser: the kit's writer with the kit's fonts, fetched when first asked (a lazy chunk). */
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import { loadFonts } from '../../../kit/src/fonts.js';
import type { ReportData } from '../../../kit/src/report/report-data.js';
import { reportPdf } from '../../../kit/src/report/report-pdf.js';

const bytes = async (url: string) => new Uint8Array(await (await fetch(url)).arrayBuffer());

export async function reportPdfInBrowser(data: ReportData, madeOn: Date): Promise<Uint8Array> {
  const fonts = loadFonts({ regular: await bytes(regularUrl), bold: await bytes(boldUrl) });
  return reportPdf(data, fonts, madeOn);
}
