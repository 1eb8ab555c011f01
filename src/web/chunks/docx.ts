// The Word reader's chunk (chunk-docx.js): mammoth, for the library's src/document/readers/docx.ts.
// mammoth's browser build reads a zip from `arrayBuffer`; the library hands it `buffer` (Node's
// option), the same bytes.
import mammoth from 'mammoth';
import { provide } from '../provided.js';

type Input = { buffer?: Uint8Array; arrayBuffer?: ArrayBuffer | Uint8Array };

provide('mammoth', {
  ...mammoth,
  convertToHtml: (input: Input, options?: unknown) => mammoth.convertToHtml({ arrayBuffer: (input.arrayBuffer ?? input.buffer) as ArrayBuffer }, options as never),
});
