/** The report's PDF in the browser: the kit's writer with the kit's fonts, fetched when first asked (a lazy chunk). */
import type { ReportData } from '../../../kit/src/report/report-data.js';
import { reportPdf } from '../../../kit/src/report/report-pdf.js';
import { pdfFonts } from './pdf-fonts-browser.js';

export async function reportPdfInBrowser(data: ReportData, madeOn: Date): Promise<Uint8Array> {
  return reportPdf(data, await pdfFonts(), madeOn);
}
