import chalk from 'chalk';
import type { Paint } from '../formatters/results.js';

export function chalkPaint(): Paint {
  return { red: chalk.red, yellow: chalk.yellow, blue: chalk.cyan, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
