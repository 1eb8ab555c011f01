import { z } from 'zod';
export type { Calendar, CalendarStep, Revision, Window } from './types.js';
export declare const WindowSchema: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
    start: z.ZodString;
    end: z.ZodString;
    precision: z.ZodOptional<z.ZodEnum<{
        day: "day";
        month: "month";
    }>>;
}, z.core.$strip>]>;
export declare const RevisionSchema: z.ZodObject<{
    announced: z.ZodString;
    window: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        start: z.ZodString;
        end: z.ZodString;
        precision: z.ZodOptional<z.ZodEnum<{
            day: "day";
            month: "month";
        }>>;
    }, z.core.$strip>]>;
    source: z.ZodString;
    label: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export declare const CalendarStepSchema: z.ZodObject<{
    id: z.ZodEnum<{
        eit: "eit";
        "eit-1": "eit-1";
        "eit-2": "eit-2";
        iit: "iit";
        "iit-stakeholders": "iit-stakeholders";
        oit: "oit";
        "oit-clarify": "oit-clarify";
        "oit-confirm": "oit-confirm";
        "oit-scoring": "oit-scoring";
        registration: "registration";
        results: "results";
    }>;
    name: z.ZodObject<{
        th: z.ZodString;
        en: z.ZodString;
    }, z.core.$strip>;
    window: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
        start: z.ZodString;
        end: z.ZodString;
        precision: z.ZodOptional<z.ZodEnum<{
            day: "day";
            month: "month";
        }>>;
    }, z.core.$strip>]>;
    source: z.ZodString;
    note: z.ZodOptional<z.ZodString>;
    revisions: z.ZodOptional<z.ZodArray<z.ZodObject<{
        announced: z.ZodString;
        window: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            start: z.ZodString;
            end: z.ZodString;
            precision: z.ZodOptional<z.ZodEnum<{
                day: "day";
                month: "month";
            }>>;
        }, z.core.$strip>]>;
        source: z.ZodString;
        label: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export declare const CalendarSchema: z.ZodObject<{
    fiscalYear: z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>;
    title: z.ZodOptional<z.ZodString>;
    notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    steps: z.ZodArray<z.ZodObject<{
        id: z.ZodEnum<{
            eit: "eit";
            "eit-1": "eit-1";
            "eit-2": "eit-2";
            iit: "iit";
            "iit-stakeholders": "iit-stakeholders";
            oit: "oit";
            "oit-clarify": "oit-clarify";
            "oit-confirm": "oit-confirm";
            "oit-scoring": "oit-scoring";
            registration: "registration";
            results: "results";
        }>;
        name: z.ZodObject<{
            th: z.ZodString;
            en: z.ZodString;
        }, z.core.$strip>;
        window: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            start: z.ZodString;
            end: z.ZodString;
            precision: z.ZodOptional<z.ZodEnum<{
                day: "day";
                month: "month";
            }>>;
        }, z.core.$strip>]>;
        source: z.ZodString;
        note: z.ZodOptional<z.ZodString>;
        revisions: z.ZodOptional<z.ZodArray<z.ZodObject<{
            announced: z.ZodString;
            window: z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
                start: z.ZodString;
                end: z.ZodString;
                precision: z.ZodOptional<z.ZodEnum<{
                    day: "day";
                    month: "month";
                }>>;
            }, z.core.$strip>]>;
            source: z.ZodString;
            label: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type CalendarFile = z.infer<typeof CalendarSchema>;
