// The readers too heavy for the first load (Word's, and those the library gains for Excel and PDF)
// come in chunks of their own: classic scripts loaded by adding a <script src> when such a file
// arrives, because from file:// Chromium refuses module scripts and import() of sibling files.
// Each chunk provides its packages to the library's `require` (see provided.ts) when it runs.

import { byteReader } from '../document/read.js';

export type ChunkName = 'docx' | 'xlsx' | 'pdf' | 'calendar';

const loading = new Map<ChunkName, Promise<void>>();

/** Which reader chunk a file's bytes need: the library's own choice of reader (src/document/read.ts). */
export function chunkFor(bytes: Uint8Array): ChunkName | undefined {
  const format = byteReader(bytes)?.format;
  return format === 'docx' || format === 'xlsx' || format === 'pdf' ? format : undefined;
}

/** Loads a chunk once; later calls get the same promise. */
export function loadChunk(name: ChunkName): Promise<void> {
  let promise = loading.get(name);
  if (!promise) {
    promise = new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `chunk-${name}.js`;
      script.onload = () => resolve();
      script.onerror = () => {
        loading.delete(name);
        script.remove();
        reject(new Error(`chunk-${name}.js did not load`));
      };
      document.head.append(script);
    });
    loading.set(name, promise);
  }
  return promise;
}
