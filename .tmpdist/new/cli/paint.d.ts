import type { Paint } from '../formatters/results.js';
export declare function chalkPaint(): Paint;
