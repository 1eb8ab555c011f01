export type PdfResult = {
    ok: true;
    pdf: Uint8Array;
} | {
    ok: false;
    problem: 'no-chromium' | 'no-playwright' | 'failed';
    reason?: string;
};
/**
 * Prints a written report page to an A4 landscape PDF (its bytes; the caller writes them) through an installed Chromium, driven by
 * playwright-core (loaded only here; it downloads no browser). The page's own print stylesheet
 * lays it out, as when a person prints it from the browser.
 */
export declare function printPdf(htmlFile: string, env: NodeJS.ProcessEnv): Promise<PdfResult>;
