export declare const periodImpossible: import("./rule.js").Rule<"period-impossible", "period-impossible-date">;
