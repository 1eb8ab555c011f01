import { z } from 'zod';
/** The documented shape of `ita-plan validate --format json` (schema/validate-report.schema.json). */
export declare const ValidateReportSchema: z.ZodObject<{
    reportVersion: z.ZodLiteral<1>;
    tool: z.ZodObject<{
        name: z.ZodLiteral<"ita-plan">;
        version: z.ZodString;
    }, z.core.$strip>;
    lang: z.ZodEnum<{
        en: "en";
        th: "th";
    }>;
    summary: z.ZodObject<{
        files: z.ZodNumber;
        errors: z.ZodNumber;
        warnings: z.ZodNumber;
        infos: z.ZodNumber;
    }, z.core.$strip>;
    files: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        plan: z.ZodNullable<z.ZodObject<{
            title: z.ZodNullable<z.ZodString>;
            kind: z.ZodEnum<{
                "drive-plan": "drive-plan";
                "progress-report": "progress-report";
            }>;
            fiscalYear: z.ZodNullable<z.ZodNumber>;
            province: z.ZodNullable<z.ZodString>;
            asOf: z.ZodNullable<z.ZodString>;
            activities: z.ZodNumber;
        }, z.core.$strip>>;
        diagnostics: z.ZodArray<z.ZodObject<{
            ruleId: z.ZodString;
            severity: z.ZodEnum<{
                error: "error";
                info: "info";
                warning: "warning";
            }>;
            message: z.ZodString;
            messageId: z.ZodString;
            line: z.ZodNumber;
            location: z.ZodObject<{
                file: z.ZodString;
                line: z.ZodOptional<z.ZodNumber>;
                sheet: z.ZodOptional<z.ZodString>;
                cell: z.ZodOptional<z.ZodString>;
                row: z.ZodOptional<z.ZodNumber>;
                page: z.ZodOptional<z.ZodNumber>;
                table: z.ZodOptional<z.ZodNumber>;
                column: z.ZodOptional<z.ZodString>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>;
            activity: z.ZodNullable<z.ZodNumber>;
            excerpt: z.ZodNullable<z.ZodString>;
            data: z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
