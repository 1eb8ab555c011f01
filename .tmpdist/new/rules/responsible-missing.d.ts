export declare const responsibleMissing: import("./rule.js").Rule<"responsible-missing", "noResponsibleColumn" | "responsibleEmpty">;
