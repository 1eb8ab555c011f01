import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

describe('bin/ita-plan.js, the launcher', () => {
  it('keeps a code cache per command, so a first `--version` does not leave `validate` uncached', () => {
    const temp = mkdtempSync(path.join(tmpdir(), 'ita-plan-launcher-'));
    const env = { TMPDIR: temp };
    expect(cli(['--version'], { env }).code).toBe(0);
    expect(cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt'], { env }).code).toBeLessThan(2); // findings, not a failure
    expect(cli(['validate', '--lang', 'en', 'fixtures/seeds/000-samut-prakan-2565.txt'], { env }).code).toBeLessThan(2);
    const folders = readdirSync(temp).filter((f) => f.startsWith('ita-plan-code-cache-'));
    if (typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function') {
      expect(folders).toEqual([]); // Node ≥ 22.1: the built-in compile cache, not the launcher's own
      return;
    }
    expect(folders).toHaveLength(1);
    const folder = path.join(temp, folders[0]);
    const files = readdirSync(folder).sort();
    expect(files.map((f) => f.replace(/^.*-/, ''))).toEqual(['other.bin', 'validate.bin']);
    // The validate cache holds the whole pipeline the run compiled; --version's only the start.
    const size = (suffix: string) => statSync(path.join(folder, files.find((f) => f.endsWith(suffix))!)).size;
    expect(size('validate.bin')).toBeGreaterThan(size('other.bin') * 1.2);
  });
});
