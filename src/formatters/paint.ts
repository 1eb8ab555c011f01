import type { Paint } from './results.js';

/** Pretty output's colours at one of chalk's levels (1: 16 colours, 2: 256, 3: millions), the same in every thread. */
export async function paintAt(level: 1 | 2 | 3): Promise<Paint> {
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { red: chalk.red, yellow: chalk.yellow, blue: chalk.cyan, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
