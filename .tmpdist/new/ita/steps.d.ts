import type { Lang } from '../i18n/format.js';
/** NACC calendar steps in their order; 'eit' is the undivided EIT of years before 2567. */
export declare const STEP_IDS: readonly ['registration', 'iit-stakeholders', 'iit', 'eit', 'eit-1', 'eit-2', 'oit', 'oit-scoring', 'oit-clarify', 'oit-confirm', 'results'];
export type StepId = (typeof STEP_IDS)[number];
export declare function stepNames(ids: string | number | undefined, lang: Lang): string;
export declare function missingNames(list: string | number | undefined, lang: Lang): string;
/** NACC step order: a later step scheduled wholly before an earlier one is a mistake. */
export declare const STEP_RANK: Record<StepId, number>;
/**
 * The steps the NACC and its assessors carry out themselves (EIT part 2 by its provincial office,
 * scoring, confirmation, the results): a plan that lists one gives the NACC's window, not its own work.
 */
export declare const NACC_STEPS: ReadonlySet<StepId>;
/** Step ids that stand for each other across years: EIT was one step before 2567 and two after. */
export declare const STEP_ALIASES: Partial<Record<StepId, StepId[]>>;
/** The short name of one NACC step. */
export declare function stepName(id: string, lang: Lang): string;
