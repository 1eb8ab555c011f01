// pdf.js ships no types for its worker module; the PDF chunk needs only this name from it.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
