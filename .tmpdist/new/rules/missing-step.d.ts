export declare const missingStep: import("./rule.js").Rule<"missing-step", "missingSteps">;
