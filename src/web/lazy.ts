// The readers too heavy for the first load (Word's, and those the library gains for Excel and PDF)
// come in chunks of their own: classic scripts loaded by adding a <script src> when such a file
// arrives, because from file:// Chromium refuses module scripts and import() of sibling files.
// Each chunk provides its packages to the library's `require` (see provided.ts) when it runs.

export type ChunkName = 'docx' | 'xlsx' | 'pdf' | 'calendar';

const loading = new Map<ChunkName, Promise<void>>();

/** Which reader chunk a file's bytes need, by their first bytes and the zip's part names. */
export function chunkFor(bytes: Uint8Array): ChunkName | undefined {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    if (containsAscii(bytes, 'word/')) return 'docx';
    if (containsAscii(bytes, 'xl/')) return 'xlsx';
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return 'pdf'; // %PDF
  return undefined;
}

/** The part names of a zip sit uncompressed in its local headers and central directory. */
export function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= bytes.length - text.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
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
