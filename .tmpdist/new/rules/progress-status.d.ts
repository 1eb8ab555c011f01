export declare const progressStatus: import("./rule.js").Rule<"progress-status", "doneBeforeStart" | "noStatusAfterEnd" | "openAfterEnd">;
