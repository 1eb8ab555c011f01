// The PDF chunk (chunk-pdf.js): pdf.js, for the library's PDF reader (src/document/readers/pdf.ts).
// From file:// the browser refuses to start a worker, so pdf.js runs its worker's code on the page's
// own thread: it does so when globalThis.pdfjsWorker holds the worker's message handler.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { WorkerMessageHandler } from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { provide } from '../provided.js';

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = { WorkerMessageHandler };
provide('pdfjs-dist', pdfjs);
