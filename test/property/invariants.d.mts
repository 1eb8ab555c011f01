/** Types of invariants.mjs (plain JavaScript shared with bench/fuzz.mjs). */
export interface Library {
  [name: string]: any;
}
export function checkPeriod(lib: Library, text: string, context?: { fiscalYear?: number }): string[];
export function checkExports(lib: Library, plan: unknown, render?: (markdown: string) => string): string[];
export function checkDocumentAsync(lib: Library, doc: { kind: string; text?: string; bytes?: Uint8Array; body: string[][] }, render?: (markdown: string) => string): Promise<{ problems: string[]; ms: number; plan: unknown }>;
export function checkDocument(lib: Library, doc: { kind: string; text?: string; bytes?: Uint8Array; body: string[][] }, render?: (markdown: string) => string): { problems: string[]; ms: number; plan: unknown };
