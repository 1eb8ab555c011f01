import type { Lang } from './format.js';
/**
 * The command line's help (`ita-plan --help`, `ita-plan validate --help`) in each language: every
 * description commander prints, and the words commander writes itself (headings, "choices",
 * "default"). The English table gives the shape; the Thai one must have every entry.
 */
declare const en: {
    program: string;
    version: string;
    help: string;
    helpCommand: string;
    titles: Record<string, string>;
    choices: string;
    default: string;
    shared: {
        lang: string;
        fiscalYear: string;
        format: string;
        config: string;
        year: string;
    };
    convert: {
        description: string;
        files: string;
        output: string;
        compact: string;
        noBom: string;
        beDates: string;
        digits: string;
        remind: string;
        calendar: string;
    };
    report: {
        description: string;
        file: string;
        output: string;
        calendar: string;
        asOf: string;
        pdf: string;
    };
    validate: {
        description: string;
        files: string;
        output: string;
        calendar: string;
        config: string;
        rule: string;
        asOf: string;
        maxWarnings: string;
        noColor: string;
    };
    calendar: {
        description: string;
        template: string;
        calendar: string;
    };
    import: {
        description: string;
        file: string;
        year: string;
        output: string;
        force: string;
    };
    new: {
        description: string;
        output: string;
        calendar: string;
    };
};
export type HelpText = typeof en;
export declare function helpText(lang: Lang): HelpText;
export {};
