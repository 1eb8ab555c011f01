// Stands in for entities' internal decode-shared.js in the CLI bundle (see bundle-cli.mjs). The entity
// tables htmlparser2 needs are shipped as base64 of little-endian 16-bit words and decoded when the
// parser is first loaded: entities does it with atob and a loop over characters, which on a cold start
// costs ~5 ms; Buffer's native base64 decoder gives the same words in a fraction of that.
// test/read/html-cells.test.ts checks both decodings agree on the real tables.
'use strict';

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decodeBase64(input) {
  const bytes = Buffer.from(input, 'base64');
  const words = bytes.length >> 1;
  if (littleEndian) {
    const out = new Uint16Array(words);
    new Uint8Array(out.buffer).set(bytes.subarray(0, words * 2));
    return out;
  }
  const out = new Uint16Array(words);
  for (let i = 0; i < words; i++) out[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return out;
}

exports.decodeBase64 = decodeBase64;
