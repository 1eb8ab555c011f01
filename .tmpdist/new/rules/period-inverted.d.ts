export declare const periodInverted: import("./rule.js").Rule<"period-inverted", "period-inverted">;
