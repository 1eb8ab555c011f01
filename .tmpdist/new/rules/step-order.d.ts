export declare const stepOrder: import("./rule.js").Rule<"step-order", "stepOutOfOrder">;
/** An activity's dates (ISO) and the ranks of the first and last NACC steps it performs. */
export interface RankedPeriod {
    start: string;
    end: string;
    first: number;
    last: number;
}
/**
 * For each item, the position of the first item (in plan order) it conflicts with: one whose last
 * step ranks below this item's first step and that starts after this item ends; -1 for none.
 * O(n log n): the items are grouped by the rank of their last step (a handful of ranks), each group
 * sorted by start with the smallest position over every suffix; a query is one binary search per
 * lower rank. (Asking every pair was quadratic: 20,000 activities took seconds.)
 */
export declare function firstConflicts(items: readonly RankedPeriod[]): number[];
