import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Does a version satisfy an npm engines range? Enough of the grammar for the ranges in our lock file. */
function satisfies(version: string, range: string): boolean {
  const [major, minor, patch] = version.replace(/^v/, '').split('.').map(Number);
  const cmp = (v: number[]) => major - v[0] || minor - (v[1] ?? 0) || patch - (v[2] ?? 0);
  return range.split('||').some((clause) =>
    clause.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).every((part) => {
      if (part === '*' || part === '' || part === 'x') return true;
      const m = /^(\^|~|>=|>|<=|<|=)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(part);
      if (!m) throw new Error(`engines range "${range}": "${part}" is not understood by this test`);
      const v = [m[2], m[3], m[4]].map((n) => (n === undefined || n === 'x' || n === '*' ? undefined : Number(n)));
      const parts = v.filter((n) => n !== undefined).length;
      const base = v.map((n) => n ?? 0);
      switch (m[1]) {
        case '>=': return cmp(base) >= 0;
        case '>': return cmp(base) > 0;
        case '<=': return cmp(base) <= 0;
        case '<': return cmp(base) < 0;
        case '^': return major === base[0] && cmp(base) >= 0;
        case '~': return major === base[0] && (parts < 2 || minor === base[1]) && cmp(base) >= 0;
        default: return major === base[0] && (parts < 2 || minor === base[1]) && (parts < 3 || patch === base[2]);
      }
    }),
  );
}

describe('npm ci installs without engine warnings', () => {
  it('reads the ranges the lock file uses', () => {
    expect(satisfies('v20.20.2', '^22 || ^24 || >=26')).toBe(false);
    expect(satisfies('v20.20.2', '^20.19.0 || >=22.12.0')).toBe(true);
    expect(satisfies('v20.18.1', '^20.19.0 || >=22.12.0')).toBe(false);
    expect(satisfies('v20.20.2', '20 || 22 || >=24')).toBe(true);
    expect(satisfies('v20.20.2', '^18 || >=20')).toBe(true);
  });

  it(`every package installed on this machine accepts Node ${process.version} (docx's nanoid is held at 5 for Node 20)`, () => {
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean; os?: string[]; cpu?: string[] }> };
    const here = (list: string[] | undefined, value: string) => !list || list.some((v) => v === value || (v.startsWith('!') && v.slice(1) !== value));
    const refusing = Object.entries(lock.packages)
      .filter(([name, p]) => name && here(p.os, process.platform) && here(p.cpu, process.arch))
      .filter(([, p]) => !Array.isArray(p.engines) && p.engines?.node && !satisfies(process.version, p.engines.node))
      .map(([name, p]) => `${name} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });
});
