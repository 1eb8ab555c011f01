export declare const bahtText: import("./rule.js").Rule<"baht-text", "bahtTextMismatch">;
