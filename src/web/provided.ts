// The packages the browser page provides to the library's `require` (see shims/node-module.ts): the
// app bundle provides those of the first load; each lazily loaded chunk (a classic script, so that it
// also loads from file://) adds its own when it runs.

const PACKAGES_KEY = '__itaPlanPackages';
type Table = Record<string, unknown>;

function table(): Table {
  const g = globalThis as unknown as Record<string, Table | undefined>;
  return (g[PACKAGES_KEY] ??= Object.create(null) as Table);
}

export function provide(name: string, module: unknown): void {
  table()[name] = module;
}

export function provided(name: string): unknown {
  return table()[name];
}
