export declare const fiscalYear: import("./rule.js").Rule<"fiscal-year", "outsideFiscalYear" | "outsideFiscalYearOtherYear">;
