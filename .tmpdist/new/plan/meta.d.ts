import type { ProseBlock } from '../document/model.js';
import type { Plan } from './schema.js';
/** The title: the last prose block before the first activity table that opens like a plan's title. */
export declare function findTitle<P extends ProseBlock & {
    order: number;
}>(prose: P[], firstTableOrder: number): P | undefined;
export declare function findFiscalYear(texts: string[]): number | undefined;
/** The fiscal year most of the plan's dated activities end in, for plans whose title gives none. */
export declare function fiscalYearFromPeriods(ends: string[]): number | undefined;
export declare function findProvince(text: string): string | null;
/** "(ราชการส่วนภูมิภาค)", or the local government organisation the plan belongs to. */
export declare function findAdministration(text: string): string | null;
/** A progress report ("รายงาน … (รอบ ๖ เดือน)") and the date it reports on: N months into the fiscal year. */
export declare function findKind(title: string, fiscalYear: number | undefined): Pick<Plan, 'kind' | 'asOf' | 'reportRound'>;
