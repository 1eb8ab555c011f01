export declare const naccQuotedWindow: import("./rule.js").Rule<"nacc-quoted-window", "quotedMismatch" | "quotedOwnOutside">;
