import chalk from 'chalk';

/** The colour level chalk finds for this terminal and environment (0: none); every thread of the run paints at it. */
export function terminalColorLevel(): 0 | 1 | 2 | 3 {
  return chalk.level;
}
