/**
 * The audit report's PDF in the browser (a lazy chunk, like the analysis PDF): its three replies
 * asked of the page's own origin, with the territory's admin token when this tab holds it (signed
 * in on /espace), so the collectivité gets the items most often failed and anyone else the public
 * report; then the kit's writer with the kit's fonts.
 * @module
 */
import { loadAuditReportData } from '../../../kit/src/report/audit-data.js';
import { auditReportPdf } from '../../../kit/src/report/audit-pdf.js';
import { pdfFonts } from './pdf-fonts-browser.js';

export async function auditReportPdfInBrowser(territory: string, year: number, token: string | undefined): Promise<{ bytes: Uint8Array; detail: boolean }> {
  const [data, fonts] = await Promise.all([loadAuditReportData(location.origin, territory, year, { token }), pdfFonts()]);
  return { bytes: await auditReportPdf(data, fonts, new Date()), detail: data.audits.detail !== null };
}
