// The browser build's stand-in for node:crypto: createHash('sha1') for the calendar export's event
// UIDs (src/exporters/ics.ts), synchronous as Node's (Web Crypto's digest is asynchronous only).
// The SHA-1 itself is @noble/hashes' (audited); a test holds the digests equal to Node's.
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

interface Hash {
  update(data: string): Hash;
  digest(encoding: 'hex'): string;
}

export function createHash(algorithm: string): Hash {
  if (algorithm !== 'sha1') throw new Error(`hash ${algorithm} is not available in the browser`);
  const state = sha1.create();
  const hash: Hash = {
    update(data) {
      state.update(utf8ToBytes(data));
      return hash;
    },
    digest: () => bytesToHex(state.digest()),
  };
  return hash;
}

export default { createHash };
