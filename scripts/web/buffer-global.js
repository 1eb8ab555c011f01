// Injected into the web bundles (scripts/build-web.mjs): the library's few uses of Node's global
// `Buffer` get the `buffer` package's, which the app bundle provides to the chunks.
export { Buffer } from '../../src/web/shims/node-buffer.ts';
