import { createRequire } from 'node:module';

/**
 * The library's one `require`, for what it loads only when a run needs it: the heavy or optional
 * packages (cheerio, mammoth, exceljs, docx, thai-baht-text, tinyglobby, playwright-core, …) and
 * Node modules most runs do not use. (pdf.js, an ES module, is imported by
 * src/document/esm-import.ts.) Made once, here: every `createRequire` costs start-up time
 * (docs/performance.md, stop 20). The browser build's stand-in for node:module answers it from the
 * packages the page has loaded (src/web/shims/node-module.ts).
 */
export const requireOnDemand = createRequire(import.meta.url);
