export declare const seqNumbering: import("./rule.js").Rule<"seq-numbering", "seqDuplicate" | "seqOutOfOrder" | "seqSkipped">;
