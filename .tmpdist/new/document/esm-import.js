/**
 * Loads an ES module package (pdf.js) when a file needs it. A function of its own so that the CLI
 * bundle can put a stand-in here (scripts/bundle/esm-import.js): code compiled from the V8 code
 * cache has no loader for import(), a file that Node loads itself does.
 */
export function importEsm(specifier) {
    return import(specifier);
}
