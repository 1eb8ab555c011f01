import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the repository', () => {
  it('ships only what exists (package.json "files")', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { files: string[] };
    for (const entry of pkg.files) expect(existsSync(entry), entry).toBe(true);
  });

  it('points at nothing outside itself (no ../shared/ or shared/… paths)', () => {
    const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n').filter((f) => /\.(ts|mjs|js|md|json)$/.test(f) && f !== 'package-lock.json' && f !== 'test/repository.test.ts');
    const pointing = files.filter((f) => existsSync(f) && /(^|[\s`'"(/.])shared\/[\w-]+\.md/.test(readFileSync(f, 'utf8')));
    expect(pointing).toEqual([]);
  });
});
