import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve('bin/ita-plan.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a separate process, as a user or a CI job would. */
export function cli(args: string[], options: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; timeout?: number } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? process.cwd(),
    input: options.input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', ...options.env },
    timeout: options.timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
