import { z } from 'zod';
export declare const PrecisionSchema: z.ZodEnum<{
    day: "day";
    "fiscal-year": "fiscal-year";
    month: "month";
    "part-month": "part-month";
    quarter: "quarter";
    week: "week";
}>;
export declare const PeriodSchema: z.ZodObject<{
    text: z.ZodString;
    start: z.ZodOptional<z.ZodString>;
    end: z.ZodOptional<z.ZodString>;
    precision: z.ZodEnum<{
        day: "day";
        "fiscal-year": "fiscal-year";
        month: "month";
        "part-month": "part-month";
        quarter: "quarter";
        week: "week";
    }>;
    open: z.ZodOptional<z.ZodEnum<{
        end: "end";
        start: "start";
    }>>;
    yearAssumed: z.ZodOptional<z.ZodBoolean>;
    parts: z.ZodOptional<z.ZodNumber>;
    time: z.ZodOptional<z.ZodString>;
    segments: z.ZodOptional<z.ZodArray<z.ZodObject<{
        start: z.ZodString;
        end: z.ZodString;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export declare const PeriodErrorSchema: z.ZodObject<{
    text: z.ZodString;
    error: z.ZodObject<{
        code: z.ZodEnum<{
            empty: "empty";
            "impossible-date": "impossible-date";
            inverted: "inverted";
            "no-year": "no-year";
            unparsed: "unparsed";
            "year-only": "year-only";
        }>;
        fragment: z.ZodString;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const ColumnRoleSchema: z.ZodEnum<{
    activity: "activity";
    budget: "budget";
    detail: "detail";
    naccPeriod: "naccPeriod";
    other: "other";
    period: "period";
    remarks: "remarks";
    responsible: "responsible";
    result: "result";
    seq: "seq";
    status: "status";
}>;
export declare const CellSchema: z.ZodObject<{
    header: z.ZodString;
    role: z.ZodEnum<{
        activity: "activity";
        budget: "budget";
        detail: "detail";
        naccPeriod: "naccPeriod";
        other: "other";
        period: "period";
        remarks: "remarks";
        responsible: "responsible";
        result: "result";
        seq: "seq";
        status: "status";
    }>;
    raw: z.ZodString;
    text: z.ZodString;
    lines: z.ZodArray<z.ZodObject<{
        text: z.ZodString;
        bold: z.ZodOptional<z.ZodBoolean>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const ToolSchema: z.ZodEnum<{
    EIT: "EIT";
    "EIT-1": "EIT-1";
    "EIT-2": "EIT-2";
    IIT: "IIT";
    OIT: "OIT";
}>;
export declare const ResponsibleUnitSchema: z.ZodObject<{
    name: z.ZodString;
    count: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const StatusSchema: z.ZodObject<{
    text: z.ZodString;
    value: z.ZodEnum<{
        done: "done";
        "in-progress": "in-progress";
        "not-started": "not-started";
        unknown: "unknown";
    }>;
}, z.core.$strip>;
export declare const BudgetSchema: z.ZodObject<{
    text: z.ZodString;
    amount: z.ZodOptional<z.ZodNumber>;
    words: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export { STEP_IDS } from '../ita/steps.js';
export declare const StepIdSchema: z.ZodEnum<{
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
export declare const ClassificationSchema: z.ZodObject<{
    relation: z.ZodEnum<{
        "other-year": "other-year";
        performs: "performs";
        supports: "supports";
        unrelated: "unrelated";
    }>;
    steps: z.ZodArray<z.ZodEnum<{
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
    }>>;
    evidence: z.ZodArray<z.ZodString>;
    otherYear: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
/** Where a row, a paragraph or a finding is, in the file's own terms (see document/model.ts). */
export declare const LocationSchema: z.ZodObject<{
    line: z.ZodOptional<z.ZodNumber>;
    sheet: z.ZodOptional<z.ZodString>;
    cell: z.ZodOptional<z.ZodString>;
    page: z.ZodOptional<z.ZodNumber>;
    table: z.ZodOptional<z.ZodNumber>;
    row: z.ZodOptional<z.ZodNumber>;
    column: z.ZodOptional<z.ZodString>;
    paragraph: z.ZodOptional<z.ZodNumber>;
}, z.core.$strip>;
export declare const SourceSchema: z.ZodObject<{
    table: z.ZodNumber;
    line: z.ZodNumber;
    endLine: z.ZodNumber;
    rows: z.ZodArray<z.ZodNumber>;
    locations: z.ZodOptional<z.ZodArray<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        page: z.ZodOptional<z.ZodNumber>;
        table: z.ZodOptional<z.ZodNumber>;
        row: z.ZodOptional<z.ZodNumber>;
        column: z.ZodOptional<z.ZodString>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export declare const ActivitySchema: z.ZodObject<{
    seq: z.ZodNullable<z.ZodNumber>;
    seqLabel: z.ZodNullable<z.ZodString>;
    step: z.ZodString;
    detail: z.ZodArray<z.ZodString>;
    period: z.ZodNullable<z.ZodUnion<readonly [z.ZodObject<{
        text: z.ZodString;
        start: z.ZodOptional<z.ZodString>;
        end: z.ZodOptional<z.ZodString>;
        precision: z.ZodEnum<{
            day: "day";
            "fiscal-year": "fiscal-year";
            month: "month";
            "part-month": "part-month";
            quarter: "quarter";
            week: "week";
        }>;
        open: z.ZodOptional<z.ZodEnum<{
            end: "end";
            start: "start";
        }>>;
        yearAssumed: z.ZodOptional<z.ZodBoolean>;
        parts: z.ZodOptional<z.ZodNumber>;
        time: z.ZodOptional<z.ZodString>;
        segments: z.ZodOptional<z.ZodArray<z.ZodObject<{
            start: z.ZodString;
            end: z.ZodString;
        }, z.core.$strip>>>;
    }, z.core.$strip>, z.ZodObject<{
        text: z.ZodString;
        error: z.ZodObject<{
            code: z.ZodEnum<{
                empty: "empty";
                "impossible-date": "impossible-date";
                inverted: "inverted";
                "no-year": "no-year";
                unparsed: "unparsed";
                "year-only": "year-only";
            }>;
            fragment: z.ZodString;
        }, z.core.$strip>;
    }, z.core.$strip>]>>;
    naccPeriod: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodObject<{
        text: z.ZodString;
        start: z.ZodOptional<z.ZodString>;
        end: z.ZodOptional<z.ZodString>;
        precision: z.ZodEnum<{
            day: "day";
            "fiscal-year": "fiscal-year";
            month: "month";
            "part-month": "part-month";
            quarter: "quarter";
            week: "week";
        }>;
        open: z.ZodOptional<z.ZodEnum<{
            end: "end";
            start: "start";
        }>>;
        yearAssumed: z.ZodOptional<z.ZodBoolean>;
        parts: z.ZodOptional<z.ZodNumber>;
        time: z.ZodOptional<z.ZodString>;
        segments: z.ZodOptional<z.ZodArray<z.ZodObject<{
            start: z.ZodString;
            end: z.ZodString;
        }, z.core.$strip>>>;
    }, z.core.$strip>, z.ZodObject<{
        text: z.ZodString;
        error: z.ZodObject<{
            code: z.ZodEnum<{
                empty: "empty";
                "impossible-date": "impossible-date";
                inverted: "inverted";
                "no-year": "no-year";
                unparsed: "unparsed";
                "year-only": "year-only";
            }>;
            fragment: z.ZodString;
        }, z.core.$strip>;
    }, z.core.$strip>]>>>;
    responsible: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        count: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    tools: z.ZodArray<z.ZodEnum<{
        EIT: "EIT";
        "EIT-1": "EIT-1";
        "EIT-2": "EIT-2";
        IIT: "IIT";
        OIT: "OIT";
    }>>;
    toolMentions: z.ZodArray<z.ZodString>;
    status: z.ZodOptional<z.ZodObject<{
        text: z.ZodString;
        value: z.ZodEnum<{
            done: "done";
            "in-progress": "in-progress";
            "not-started": "not-started";
            unknown: "unknown";
        }>;
    }, z.core.$strip>>;
    result: z.ZodOptional<z.ZodString>;
    budget: z.ZodOptional<z.ZodObject<{
        text: z.ZodString;
        amount: z.ZodOptional<z.ZodNumber>;
        words: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    classification: z.ZodOptional<z.ZodObject<{
        relation: z.ZodEnum<{
            "other-year": "other-year";
            performs: "performs";
            supports: "supports";
            unrelated: "unrelated";
        }>;
        steps: z.ZodArray<z.ZodEnum<{
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
        }>>;
        evidence: z.ZodArray<z.ZodString>;
        otherYear: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
    cells: z.ZodArray<z.ZodObject<{
        header: z.ZodString;
        role: z.ZodEnum<{
            activity: "activity";
            budget: "budget";
            detail: "detail";
            naccPeriod: "naccPeriod";
            other: "other";
            period: "period";
            remarks: "remarks";
            responsible: "responsible";
            result: "result";
            seq: "seq";
            status: "status";
        }>;
        raw: z.ZodString;
        text: z.ZodString;
        lines: z.ZodArray<z.ZodObject<{
            text: z.ZodString;
            bold: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    source: z.ZodObject<{
        table: z.ZodNumber;
        line: z.ZodNumber;
        endLine: z.ZodNumber;
        rows: z.ZodArray<z.ZodNumber>;
        locations: z.ZodOptional<z.ZodArray<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            page: z.ZodOptional<z.ZodNumber>;
            table: z.ZodOptional<z.ZodNumber>;
            row: z.ZodOptional<z.ZodNumber>;
            column: z.ZodOptional<z.ZodString>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>>;
    }, z.core.$strip>;
}, z.core.$strip>;
export declare const SectionSchema: z.ZodObject<{
    line: z.ZodNumber;
    endLine: z.ZodNumber;
    heading: z.ZodBoolean;
    text: z.ZodString;
    raw: z.ZodString;
    location: z.ZodOptional<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        page: z.ZodOptional<z.ZodNumber>;
        table: z.ZodOptional<z.ZodNumber>;
        row: z.ZodOptional<z.ZodNumber>;
        column: z.ZodOptional<z.ZodString>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const TableSchema: z.ZodObject<{
    index: z.ZodNumber;
    kind: z.ZodEnum<{
        activities: "activities";
        "nacc-calendar": "nacc-calendar";
        other: "other";
    }>;
    line: z.ZodNumber;
    endLine: z.ZodNumber;
    columns: z.ZodArray<z.ZodObject<{
        header: z.ZodString;
        role: z.ZodEnum<{
            activity: "activity";
            budget: "budget";
            detail: "detail";
            naccPeriod: "naccPeriod";
            other: "other";
            period: "period";
            remarks: "remarks";
            responsible: "responsible";
            result: "result";
            seq: "seq";
            status: "status";
        }>;
    }, z.core.$strip>>;
    headerRows: z.ZodArray<z.ZodObject<{
        line: z.ZodNumber;
        cells: z.ZodArray<z.ZodObject<{
            header: z.ZodString;
            role: z.ZodEnum<{
                activity: "activity";
                budget: "budget";
                detail: "detail";
                naccPeriod: "naccPeriod";
                other: "other";
                period: "period";
                remarks: "remarks";
                responsible: "responsible";
                result: "result";
                seq: "seq";
                status: "status";
            }>;
            raw: z.ZodString;
            text: z.ZodString;
            lines: z.ZodArray<z.ZodObject<{
                text: z.ZodString;
                bold: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            page: z.ZodOptional<z.ZodNumber>;
            table: z.ZodOptional<z.ZodNumber>;
            row: z.ZodOptional<z.ZodNumber>;
            column: z.ZodOptional<z.ZodString>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    rows: z.ZodArray<z.ZodObject<{
        line: z.ZodNumber;
        cells: z.ZodArray<z.ZodObject<{
            header: z.ZodString;
            role: z.ZodEnum<{
                activity: "activity";
                budget: "budget";
                detail: "detail";
                naccPeriod: "naccPeriod";
                other: "other";
                period: "period";
                remarks: "remarks";
                responsible: "responsible";
                result: "result";
                seq: "seq";
                status: "status";
            }>;
            raw: z.ZodString;
            text: z.ZodString;
            lines: z.ZodArray<z.ZodObject<{
                text: z.ZodString;
                bold: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            page: z.ZodOptional<z.ZodNumber>;
            table: z.ZodOptional<z.ZodNumber>;
            row: z.ZodOptional<z.ZodNumber>;
            column: z.ZodOptional<z.ZodString>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    skippedRows: z.ZodArray<z.ZodObject<{
        line: z.ZodNumber;
        cells: z.ZodArray<z.ZodObject<{
            header: z.ZodString;
            role: z.ZodEnum<{
                activity: "activity";
                budget: "budget";
                detail: "detail";
                naccPeriod: "naccPeriod";
                other: "other";
                period: "period";
                remarks: "remarks";
                responsible: "responsible";
                result: "result";
                seq: "seq";
                status: "status";
            }>;
            raw: z.ZodString;
            text: z.ZodString;
            lines: z.ZodArray<z.ZodObject<{
                text: z.ZodString;
                bold: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            page: z.ZodOptional<z.ZodNumber>;
            table: z.ZodOptional<z.ZodNumber>;
            row: z.ZodOptional<z.ZodNumber>;
            column: z.ZodOptional<z.ZodString>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        kind: z.ZodEnum<{
            "repeated-header": "repeated-header";
            separator: "separator";
        }>;
    }, z.core.$strip>>;
    location: z.ZodOptional<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        page: z.ZodOptional<z.ZodNumber>;
        table: z.ZodOptional<z.ZodNumber>;
        row: z.ZodOptional<z.ZodNumber>;
        column: z.ZodOptional<z.ZodString>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const DiagnosticSchema: z.ZodObject<{
    ruleId: z.ZodString;
    severity: z.ZodEnum<{
        error: "error";
        info: "info";
        warning: "warning";
    }>;
    messageId: z.ZodString;
    message: z.ZodOptional<z.ZodString>;
    data: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
    line: z.ZodOptional<z.ZodNumber>;
    activity: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    excerpt: z.ZodOptional<z.ZodString>;
    location: z.ZodOptional<z.ZodObject<{
        line: z.ZodOptional<z.ZodNumber>;
        sheet: z.ZodOptional<z.ZodString>;
        cell: z.ZodOptional<z.ZodString>;
        page: z.ZodOptional<z.ZodNumber>;
        table: z.ZodOptional<z.ZodNumber>;
        row: z.ZodOptional<z.ZodNumber>;
        column: z.ZodOptional<z.ZodString>;
        paragraph: z.ZodOptional<z.ZodNumber>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export declare const PlanSchema: z.ZodObject<{
    schemaVersion: z.ZodLiteral<1>;
    title: z.ZodNullable<z.ZodString>;
    kind: z.ZodEnum<{
        "drive-plan": "drive-plan";
        "progress-report": "progress-report";
    }>;
    asOf: z.ZodNullable<z.ZodString>;
    reportRound: z.ZodNullable<z.ZodNumber>;
    fiscalYear: z.ZodNullable<z.ZodObject<{
        be: z.ZodNumber;
        ce: z.ZodNumber;
        source: z.ZodEnum<{
            periods: "periods";
            text: "text";
            title: "title";
        }>;
    }, z.core.$strip>>;
    province: z.ZodNullable<z.ZodString>;
    administration: z.ZodNullable<z.ZodString>;
    encoding: z.ZodString;
    format: z.ZodEnum<{
        csv: "csv";
        docx: "docx";
        html: "html";
        pdf: "pdf";
        text: "text";
        xlsx: "xlsx";
    }>;
    sections: z.ZodArray<z.ZodObject<{
        line: z.ZodNumber;
        endLine: z.ZodNumber;
        heading: z.ZodBoolean;
        text: z.ZodString;
        raw: z.ZodString;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            page: z.ZodOptional<z.ZodNumber>;
            table: z.ZodOptional<z.ZodNumber>;
            row: z.ZodOptional<z.ZodNumber>;
            column: z.ZodOptional<z.ZodString>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    tables: z.ZodArray<z.ZodObject<{
        index: z.ZodNumber;
        kind: z.ZodEnum<{
            activities: "activities";
            "nacc-calendar": "nacc-calendar";
            other: "other";
        }>;
        line: z.ZodNumber;
        endLine: z.ZodNumber;
        columns: z.ZodArray<z.ZodObject<{
            header: z.ZodString;
            role: z.ZodEnum<{
                activity: "activity";
                budget: "budget";
                detail: "detail";
                naccPeriod: "naccPeriod";
                other: "other";
                period: "period";
                remarks: "remarks";
                responsible: "responsible";
                result: "result";
                seq: "seq";
                status: "status";
            }>;
        }, z.core.$strip>>;
        headerRows: z.ZodArray<z.ZodObject<{
            line: z.ZodNumber;
            cells: z.ZodArray<z.ZodObject<{
                header: z.ZodString;
                role: z.ZodEnum<{
                    activity: "activity";
                    budget: "budget";
                    detail: "detail";
                    naccPeriod: "naccPeriod";
                    other: "other";
                    period: "period";
                    remarks: "remarks";
                    responsible: "responsible";
                    result: "result";
                    seq: "seq";
                    status: "status";
                }>;
                raw: z.ZodString;
                text: z.ZodString;
                lines: z.ZodArray<z.ZodObject<{
                    text: z.ZodString;
                    bold: z.ZodOptional<z.ZodBoolean>;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                sheet: z.ZodOptional<z.ZodString>;
                cell: z.ZodOptional<z.ZodString>;
                page: z.ZodOptional<z.ZodNumber>;
                table: z.ZodOptional<z.ZodNumber>;
                row: z.ZodOptional<z.ZodNumber>;
                column: z.ZodOptional<z.ZodString>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        rows: z.ZodArray<z.ZodObject<{
            line: z.ZodNumber;
            cells: z.ZodArray<z.ZodObject<{
                header: z.ZodString;
                role: z.ZodEnum<{
                    activity: "activity";
                    budget: "budget";
                    detail: "detail";
                    naccPeriod: "naccPeriod";
                    other: "other";
                    period: "period";
                    remarks: "remarks";
                    responsible: "responsible";
                    result: "result";
                    seq: "seq";
                    status: "status";
                }>;
                raw: z.ZodString;
                text: z.ZodString;
                lines: z.ZodArray<z.ZodObject<{
                    text: z.ZodString;
                    bold: z.ZodOptional<z.ZodBoolean>;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                sheet: z.ZodOptional<z.ZodString>;
                cell: z.ZodOptional<z.ZodString>;
                page: z.ZodOptional<z.ZodNumber>;
                table: z.ZodOptional<z.ZodNumber>;
                row: z.ZodOptional<z.ZodNumber>;
                column: z.ZodOptional<z.ZodString>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        skippedRows: z.ZodArray<z.ZodObject<{
            line: z.ZodNumber;
            cells: z.ZodArray<z.ZodObject<{
                header: z.ZodString;
                role: z.ZodEnum<{
                    activity: "activity";
                    budget: "budget";
                    detail: "detail";
                    naccPeriod: "naccPeriod";
                    other: "other";
                    period: "period";
                    remarks: "remarks";
                    responsible: "responsible";
                    result: "result";
                    seq: "seq";
                    status: "status";
                }>;
                raw: z.ZodString;
                text: z.ZodString;
                lines: z.ZodArray<z.ZodObject<{
                    text: z.ZodString;
                    bold: z.ZodOptional<z.ZodBoolean>;
                }, z.core.$strip>>;
            }, z.core.$strip>>;
            location: z.ZodOptional<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                sheet: z.ZodOptional<z.ZodString>;
                cell: z.ZodOptional<z.ZodString>;
                page: z.ZodOptional<z.ZodNumber>;
                table: z.ZodOptional<z.ZodNumber>;
                row: z.ZodOptional<z.ZodNumber>;
                column: z.ZodOptional<z.ZodString>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>;
            kind: z.ZodEnum<{
                "repeated-header": "repeated-header";
                separator: "separator";
            }>;
        }, z.core.$strip>>;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            page: z.ZodOptional<z.ZodNumber>;
            table: z.ZodOptional<z.ZodNumber>;
            row: z.ZodOptional<z.ZodNumber>;
            column: z.ZodOptional<z.ZodString>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    activities: z.ZodArray<z.ZodObject<{
        seq: z.ZodNullable<z.ZodNumber>;
        seqLabel: z.ZodNullable<z.ZodString>;
        step: z.ZodString;
        detail: z.ZodArray<z.ZodString>;
        period: z.ZodNullable<z.ZodUnion<readonly [z.ZodObject<{
            text: z.ZodString;
            start: z.ZodOptional<z.ZodString>;
            end: z.ZodOptional<z.ZodString>;
            precision: z.ZodEnum<{
                day: "day";
                "fiscal-year": "fiscal-year";
                month: "month";
                "part-month": "part-month";
                quarter: "quarter";
                week: "week";
            }>;
            open: z.ZodOptional<z.ZodEnum<{
                end: "end";
                start: "start";
            }>>;
            yearAssumed: z.ZodOptional<z.ZodBoolean>;
            parts: z.ZodOptional<z.ZodNumber>;
            time: z.ZodOptional<z.ZodString>;
            segments: z.ZodOptional<z.ZodArray<z.ZodObject<{
                start: z.ZodString;
                end: z.ZodString;
            }, z.core.$strip>>>;
        }, z.core.$strip>, z.ZodObject<{
            text: z.ZodString;
            error: z.ZodObject<{
                code: z.ZodEnum<{
                    empty: "empty";
                    "impossible-date": "impossible-date";
                    inverted: "inverted";
                    "no-year": "no-year";
                    unparsed: "unparsed";
                    "year-only": "year-only";
                }>;
                fragment: z.ZodString;
            }, z.core.$strip>;
        }, z.core.$strip>]>>;
        naccPeriod: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodObject<{
            text: z.ZodString;
            start: z.ZodOptional<z.ZodString>;
            end: z.ZodOptional<z.ZodString>;
            precision: z.ZodEnum<{
                day: "day";
                "fiscal-year": "fiscal-year";
                month: "month";
                "part-month": "part-month";
                quarter: "quarter";
                week: "week";
            }>;
            open: z.ZodOptional<z.ZodEnum<{
                end: "end";
                start: "start";
            }>>;
            yearAssumed: z.ZodOptional<z.ZodBoolean>;
            parts: z.ZodOptional<z.ZodNumber>;
            time: z.ZodOptional<z.ZodString>;
            segments: z.ZodOptional<z.ZodArray<z.ZodObject<{
                start: z.ZodString;
                end: z.ZodString;
            }, z.core.$strip>>>;
        }, z.core.$strip>, z.ZodObject<{
            text: z.ZodString;
            error: z.ZodObject<{
                code: z.ZodEnum<{
                    empty: "empty";
                    "impossible-date": "impossible-date";
                    inverted: "inverted";
                    "no-year": "no-year";
                    unparsed: "unparsed";
                    "year-only": "year-only";
                }>;
                fragment: z.ZodString;
            }, z.core.$strip>;
        }, z.core.$strip>]>>>;
        responsible: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            count: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        tools: z.ZodArray<z.ZodEnum<{
            EIT: "EIT";
            "EIT-1": "EIT-1";
            "EIT-2": "EIT-2";
            IIT: "IIT";
            OIT: "OIT";
        }>>;
        toolMentions: z.ZodArray<z.ZodString>;
        status: z.ZodOptional<z.ZodObject<{
            text: z.ZodString;
            value: z.ZodEnum<{
                done: "done";
                "in-progress": "in-progress";
                "not-started": "not-started";
                unknown: "unknown";
            }>;
        }, z.core.$strip>>;
        result: z.ZodOptional<z.ZodString>;
        budget: z.ZodOptional<z.ZodObject<{
            text: z.ZodString;
            amount: z.ZodOptional<z.ZodNumber>;
            words: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        classification: z.ZodOptional<z.ZodObject<{
            relation: z.ZodEnum<{
                "other-year": "other-year";
                performs: "performs";
                supports: "supports";
                unrelated: "unrelated";
            }>;
            steps: z.ZodArray<z.ZodEnum<{
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
            }>>;
            evidence: z.ZodArray<z.ZodString>;
            otherYear: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        cells: z.ZodArray<z.ZodObject<{
            header: z.ZodString;
            role: z.ZodEnum<{
                activity: "activity";
                budget: "budget";
                detail: "detail";
                naccPeriod: "naccPeriod";
                other: "other";
                period: "period";
                remarks: "remarks";
                responsible: "responsible";
                result: "result";
                seq: "seq";
                status: "status";
            }>;
            raw: z.ZodString;
            text: z.ZodString;
            lines: z.ZodArray<z.ZodObject<{
                text: z.ZodString;
                bold: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        source: z.ZodObject<{
            table: z.ZodNumber;
            line: z.ZodNumber;
            endLine: z.ZodNumber;
            rows: z.ZodArray<z.ZodNumber>;
            locations: z.ZodOptional<z.ZodArray<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                sheet: z.ZodOptional<z.ZodString>;
                cell: z.ZodOptional<z.ZodString>;
                page: z.ZodOptional<z.ZodNumber>;
                table: z.ZodOptional<z.ZodNumber>;
                row: z.ZodOptional<z.ZodNumber>;
                column: z.ZodOptional<z.ZodString>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>>;
        }, z.core.$strip>;
    }, z.core.$strip>>;
    naccCalendar: z.ZodOptional<z.ZodArray<z.ZodObject<{
        seq: z.ZodNullable<z.ZodNumber>;
        seqLabel: z.ZodNullable<z.ZodString>;
        step: z.ZodString;
        detail: z.ZodArray<z.ZodString>;
        period: z.ZodNullable<z.ZodUnion<readonly [z.ZodObject<{
            text: z.ZodString;
            start: z.ZodOptional<z.ZodString>;
            end: z.ZodOptional<z.ZodString>;
            precision: z.ZodEnum<{
                day: "day";
                "fiscal-year": "fiscal-year";
                month: "month";
                "part-month": "part-month";
                quarter: "quarter";
                week: "week";
            }>;
            open: z.ZodOptional<z.ZodEnum<{
                end: "end";
                start: "start";
            }>>;
            yearAssumed: z.ZodOptional<z.ZodBoolean>;
            parts: z.ZodOptional<z.ZodNumber>;
            time: z.ZodOptional<z.ZodString>;
            segments: z.ZodOptional<z.ZodArray<z.ZodObject<{
                start: z.ZodString;
                end: z.ZodString;
            }, z.core.$strip>>>;
        }, z.core.$strip>, z.ZodObject<{
            text: z.ZodString;
            error: z.ZodObject<{
                code: z.ZodEnum<{
                    empty: "empty";
                    "impossible-date": "impossible-date";
                    inverted: "inverted";
                    "no-year": "no-year";
                    unparsed: "unparsed";
                    "year-only": "year-only";
                }>;
                fragment: z.ZodString;
            }, z.core.$strip>;
        }, z.core.$strip>]>>;
        naccPeriod: z.ZodOptional<z.ZodNullable<z.ZodUnion<readonly [z.ZodObject<{
            text: z.ZodString;
            start: z.ZodOptional<z.ZodString>;
            end: z.ZodOptional<z.ZodString>;
            precision: z.ZodEnum<{
                day: "day";
                "fiscal-year": "fiscal-year";
                month: "month";
                "part-month": "part-month";
                quarter: "quarter";
                week: "week";
            }>;
            open: z.ZodOptional<z.ZodEnum<{
                end: "end";
                start: "start";
            }>>;
            yearAssumed: z.ZodOptional<z.ZodBoolean>;
            parts: z.ZodOptional<z.ZodNumber>;
            time: z.ZodOptional<z.ZodString>;
            segments: z.ZodOptional<z.ZodArray<z.ZodObject<{
                start: z.ZodString;
                end: z.ZodString;
            }, z.core.$strip>>>;
        }, z.core.$strip>, z.ZodObject<{
            text: z.ZodString;
            error: z.ZodObject<{
                code: z.ZodEnum<{
                    empty: "empty";
                    "impossible-date": "impossible-date";
                    inverted: "inverted";
                    "no-year": "no-year";
                    unparsed: "unparsed";
                    "year-only": "year-only";
                }>;
                fragment: z.ZodString;
            }, z.core.$strip>;
        }, z.core.$strip>]>>>;
        responsible: z.ZodArray<z.ZodObject<{
            name: z.ZodString;
            count: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        tools: z.ZodArray<z.ZodEnum<{
            EIT: "EIT";
            "EIT-1": "EIT-1";
            "EIT-2": "EIT-2";
            IIT: "IIT";
            OIT: "OIT";
        }>>;
        toolMentions: z.ZodArray<z.ZodString>;
        status: z.ZodOptional<z.ZodObject<{
            text: z.ZodString;
            value: z.ZodEnum<{
                done: "done";
                "in-progress": "in-progress";
                "not-started": "not-started";
                unknown: "unknown";
            }>;
        }, z.core.$strip>>;
        result: z.ZodOptional<z.ZodString>;
        budget: z.ZodOptional<z.ZodObject<{
            text: z.ZodString;
            amount: z.ZodOptional<z.ZodNumber>;
            words: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        classification: z.ZodOptional<z.ZodObject<{
            relation: z.ZodEnum<{
                "other-year": "other-year";
                performs: "performs";
                supports: "supports";
                unrelated: "unrelated";
            }>;
            steps: z.ZodArray<z.ZodEnum<{
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
            }>>;
            evidence: z.ZodArray<z.ZodString>;
            otherYear: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
        cells: z.ZodArray<z.ZodObject<{
            header: z.ZodString;
            role: z.ZodEnum<{
                activity: "activity";
                budget: "budget";
                detail: "detail";
                naccPeriod: "naccPeriod";
                other: "other";
                period: "period";
                remarks: "remarks";
                responsible: "responsible";
                result: "result";
                seq: "seq";
                status: "status";
            }>;
            raw: z.ZodString;
            text: z.ZodString;
            lines: z.ZodArray<z.ZodObject<{
                text: z.ZodString;
                bold: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        source: z.ZodObject<{
            table: z.ZodNumber;
            line: z.ZodNumber;
            endLine: z.ZodNumber;
            rows: z.ZodArray<z.ZodNumber>;
            locations: z.ZodOptional<z.ZodArray<z.ZodObject<{
                line: z.ZodOptional<z.ZodNumber>;
                sheet: z.ZodOptional<z.ZodString>;
                cell: z.ZodOptional<z.ZodString>;
                page: z.ZodOptional<z.ZodNumber>;
                table: z.ZodOptional<z.ZodNumber>;
                row: z.ZodOptional<z.ZodNumber>;
                column: z.ZodOptional<z.ZodString>;
                paragraph: z.ZodOptional<z.ZodNumber>;
            }, z.core.$strip>>>;
        }, z.core.$strip>;
    }, z.core.$strip>>>;
    diagnostics: z.ZodArray<z.ZodObject<{
        ruleId: z.ZodString;
        severity: z.ZodEnum<{
            error: "error";
            info: "info";
            warning: "warning";
        }>;
        messageId: z.ZodString;
        message: z.ZodOptional<z.ZodString>;
        data: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        line: z.ZodOptional<z.ZodNumber>;
        activity: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        excerpt: z.ZodOptional<z.ZodString>;
        location: z.ZodOptional<z.ZodObject<{
            line: z.ZodOptional<z.ZodNumber>;
            sheet: z.ZodOptional<z.ZodString>;
            cell: z.ZodOptional<z.ZodString>;
            page: z.ZodOptional<z.ZodNumber>;
            table: z.ZodOptional<z.ZodNumber>;
            row: z.ZodOptional<z.ZodNumber>;
            column: z.ZodOptional<z.ZodString>;
            paragraph: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Precision = z.infer<typeof PrecisionSchema>;
export type ColumnRole = z.infer<typeof ColumnRoleSchema>;
export type PlanCell = z.infer<typeof CellSchema>;
export type Tool = z.infer<typeof ToolSchema>;
export type ResponsibleUnit = z.infer<typeof ResponsibleUnitSchema>;
export type Status = z.infer<typeof StatusSchema>;
export type Budget = z.infer<typeof BudgetSchema>;
export type StepId = z.infer<typeof StepIdSchema>;
export type Classification = z.infer<typeof ClassificationSchema>;
export type Activity = z.infer<typeof ActivitySchema>;
export type Section = z.infer<typeof SectionSchema>;
export type PlanTable = z.infer<typeof TableSchema>;
export type PlanLocation = z.infer<typeof LocationSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
export type Severity = Diagnostic['severity'];
export type Plan = z.infer<typeof PlanSchema>;
export type PeriodValue = z.infer<typeof PeriodSchema>;
export type PeriodFailure = z.infer<typeof PeriodErrorSchema>;
