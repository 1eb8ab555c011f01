// The browser build's stand-in for node:module (scripts/build-web.mjs aliases it). The library loads
// its heavy, optional packages with `requireOnDemand(name)` (src/require.ts, made by `createRequire`)
// so that the CLI pays for them only when a plan needs them; in the browser the same `require` looks
// the package up in a table that the app bundle and its lazily loaded chunks fill (see ../lazy.ts).
import { provided } from '../provided.js';

export function createRequire(_from?: string): (name: string) => unknown {
  return (name: string) => {
    const module = provided(name);
    if (module === undefined) throw new Error(`ita-plan web: the package "${name}" is not loaded in this page`);
    return module;
  };
}

export default { createRequire };
