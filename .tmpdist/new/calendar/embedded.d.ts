import { type Calendar } from './types.js';
export declare function embeddedCalendar(fiscalYear: number): Calendar | undefined;
export declare function embeddedYears(): number[];
