export declare const periodUnparsed: import("./rule.js").Rule<"period-unparsed", "period-empty" | "period-no-year" | "period-unparsed" | "period-year-only">;
