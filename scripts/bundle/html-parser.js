// Injected into the CLI bundle (see bundle-cli.mjs): htmlparser2's Parser (the bundle resolves this
// require to the package's Parser.js alone), bundled with the CLI so that it starts from the same
// code cache, and evaluated only when a text cell holds HTML.
export function __itaPlanHtmlParser() {
  return require('htmlparser2');
}
