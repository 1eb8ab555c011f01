// The browser build's stand-in for src/document/esm-import.ts (scripts/build-web.mjs puts it in its
// place): the ES module packages the library loads with import() (pdf.js) come in the page's
// chunks, loaded before a file that needs one is read (../lazy.ts).
import { createRequire } from './node-module.js';

const require = createRequire();

/** "pdfjs-dist/legacy/build/pdf.mjs" → "pdfjs-dist"; "@scope/name/x" → "@scope/name". */
export function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function importEsm<T>(specifier: string): Promise<T> {
  return Promise.resolve().then(() => require(packageName(specifier)) as T);
}
