export declare const unknownTool: import("./rule.js").Rule<"unknown-tool", "unknownTool">;
