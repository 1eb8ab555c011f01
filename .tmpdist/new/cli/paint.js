import chalk from 'chalk';
export function chalkPaint() {
    return { red: chalk.red, yellow: chalk.yellow, blue: chalk.cyan, dim: chalk.dim, bold: chalk.bold, underline: chalk.underline };
}
