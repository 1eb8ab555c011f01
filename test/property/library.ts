// The library under test as one object, for the shared invariants (bench/fuzz.mjs builds the same from dist/).
import MarkdownIt from 'markdown-it';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { planToCsv } from '../../src/exporters/csv.js';
import { planToHtml } from '../../src/exporters/html/page.js';
import { planToIcs } from '../../src/exporters/ics.js';
import { planToJson } from '../../src/exporters/json.js';
import { planToMarkdown } from '../../src/exporters/markdown.js';
import { planToTsv } from '../../src/exporters/tsv.js';
import { PlanInputError, parsePlan, readPlan } from '../../src/parse.js';
import { isRealIsoDate } from '../../src/thai/dates.js';
import { normalizeThai } from '../../src/thai/normalize.js';
import { parsePeriod } from '../../src/thai/period.js';
import { validatePlan } from '../../src/validate.js';

export const lib = { parsePlan, readPlan, PlanInputError, parsePeriod, normalizeThai, isRealIsoDate, planToJson, planToTsv, planToMarkdown, planToCsv, planToIcs, planToHtml, validatePlan, embeddedCalendar };

const md = new MarkdownIt({ html: true, linkify: true });
export const render = (markdown: string) => md.render(markdown);

/** Every property runs seeded: a failure names its seed and path, and CI sees the same inputs every time. */
export const SEED = 20261201;
