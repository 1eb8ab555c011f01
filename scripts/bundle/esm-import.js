// Stand-in for dist/document/esm-import.js in the CLI bundle. The bundle runs from the launcher's
// code cache (vm.Script), where import() has no module loader; dist/esm-import.cjs, loaded by Node's
// own require, has one.
export const importEsm = (specifier) => require(__dirname + '/esm-import.cjs')(specifier);
