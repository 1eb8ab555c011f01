// What must hold for any input (test/property/*.test.ts, bench/fuzz.mjs). Each check returns the
// invariants the input broke (an empty list when all hold). `lib` is the library under test: the
// sources in the tests, dist/ in the fuzz run; `render` is a Markdown renderer (markdown-it).
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import ICAL from 'ical.js';

const ERROR_CODES = new Set(['empty', 'unparsed', 'impossible-date', 'inverted', 'no-year', 'year-only']);
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Tags a rendered Markdown export may hold: its own structure, never the plan's. */
const MARKDOWN_TAGS = new Set(['h1', 'ul', 'li', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br']);

/** Elements the generators' hostile cells hold that must never come out live in a page. */
const LIVE_ELEMENTS = new Set(['script', 'img', 'xmp', 'textarea', 'iframe', 'object', 'embed', 'a']);
const TAG = /<([a-zA-Z][\w-]*)((?:\s+[^\s=>"'/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s=>"'/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>"']+))?/g;

/** Live markup in a page: an element of that list, an event-handler attribute or a javascript: address (escaped text has no tags). */
function liveMarkup(html) {
  for (const tag of html.matchAll(TAG)) {
    // The page's own footnote links (href="#fn-…") are its structure; any other <a> came from the plan.
    if (tag[1].toLowerCase() === 'a' && /^\s+href="#fn-[\w-]+"$/.test(tag[2])) continue;
    if (LIVE_ELEMENTS.has(tag[1].toLowerCase())) return tag[0].slice(0, 80);
    for (const attribute of tag[2].matchAll(ATTRIBUTE)) {
      const name = attribute[1].toLowerCase();
      const value = (attribute[2] ?? '').replace(/^["']|["']$/g, '');
      if (name.startsWith('on') || ((name === 'href' || name === 'src' || name === 'action') && /^\s*javascript:/i.test(value))) return tag[0].slice(0, 80);
    }
  }
  return undefined;
}

function periodProblems(lib, period, text, where) {
  const out = [];
  if (text !== undefined && period.text !== text) out.push(`${where}: text changed`);
  for (const end of ['start', 'end']) {
    const date = period[end];
    if (date !== undefined && !lib.isRealIsoDate(date)) out.push(`${where}: ${end} ${date} is not a real date`);
  }
  if (period.start && period.end && period.start > period.end) out.push(`${where}: start ${period.start} after end ${period.end}`);
  if (!period.start && !period.end) out.push(`${where}: no date at all`);
  if (period.open === 'start' && period.start) out.push(`${where}: open start with a start`);
  if (period.open === 'end' && period.end) out.push(`${where}: open end with an end`);
  return out;
}

/** parsePeriod on one text: never throws; a period is real dates in order; an error names a fragment of the text. */
export function checkPeriod(lib, text, context = {}) {
  let result;
  try {
    result = lib.parsePeriod(text, context);
  } catch (error) {
    return [`throws ${String(error && error.message)}`];
  }
  if (result.ok) return periodProblems(lib, result.period, text, 'period');
  const out = [];
  if (!ERROR_CODES.has(result.error.code)) out.push(`unknown error code ${result.error.code}`);
  if (result.text !== text) out.push('error: text changed');
  const shown = lib.normalizeThai(text);
  if (!shown.includes(result.error.fragment)) out.push(`fragment "${result.error.fragment}" is not in the text`);
  return out;
}

function allRaw(plan) {
  const raws = [];
  for (const a of plan.activities) for (const c of a.cells) raws.push(c.raw);
  // Body rows of other tables, the header row and the rows not read as data (repeated headers, rules) keep their cells too.
  for (const t of plan.tables) for (const r of [...t.rows, ...t.headerRows, ...t.skippedRows]) for (const c of r.cells) raws.push(c.raw);
  for (const s of plan.sections) raws.push(s.raw);
  return raws.join('\u0000');
}

/** Every exporter on one plan: none throws; Markdown has no live HTML, CSV cells are defused, HTML has no live plan markup, ICS reads back. */
export function checkExports(lib, plan, render) {
  const out = [];
  const attempt = (name, work) => {
    try {
      return work();
    } catch (error) {
      out.push(`${name} throws ${String(error && error.message)}`);
      return undefined;
    }
  };
  const json = attempt('json', () => lib.planToJson(plan));
  if (json !== undefined) attempt('json read back', () => JSON.parse(json));
  attempt('tsv', () => lib.planToTsv(plan));
  const md = attempt('md', () => lib.planToMarkdown(plan, 'th'));
  if (md !== undefined && render) {
    const html = render(md);
    for (const m of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
      const tag = m[1].toLowerCase();
      // A viewer's own autolinking of a written web address is no markup of the plan's.
      const autolink = tag === 'a' && (m[0].startsWith('</') || /^ href="(?:https?:|mailto:)[^"]*"$/.test(m[2]));
      if (!autolink && (!MARKDOWN_TAGS.has(tag) || m[2].trim() !== '')) out.push(`md renders <${m[1]}${m[2]}>`);
    }
  }
  const csv = attempt('csv', () => lib.planToCsv(plan, { bom: false, lang: 'th' }));
  if (csv !== undefined) {
    for (const row of Papa.parse(csv, { header: false }).data) {
      for (const cell of row) {
        if (/^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && cell !== '-' && !/^- [^=+\-@(\d\t\r ]/.test(cell))) out.push(`csv cell not defused: ${JSON.stringify(cell.slice(0, 30))}`);
      }
    }
  }
  const ics = attempt('ics', () => lib.planToIcs(plan));
  if (ics !== undefined) attempt('ics read back', () => ICAL.parse(ics));
  const diagnostics = attempt('validate', () => lib.validatePlan(plan, { lang: 'th' }));
  const page = attempt('html', () => lib.planToHtml({ plan, diagnostics: diagnostics ?? [], calendar: plan.fiscalYear ? lib.embeddedCalendar(plan.fiscalYear.be) : undefined, lang: 'th' }));
  const live = page === undefined ? undefined : liveMarkup(page);
  if (live) out.push(`html has live plan markup: ${live}`);
  return out;
}

/**
 * parsePlan on one generated document: throws only PlanInputError; every period is real dates in
 * order; every body cell of a tab-separated or CSV document keeps its raw text in the model; then the exports.
 */
export function checkDocument(lib, doc, render) {
  const t0 = performance.now();
  let plan;
  try {
    plan = lib.parsePlan(doc.bytes ?? doc.text);
  } catch (error) {
    return refused(lib, error, performance.now() - t0);
  }
  return checkPlan(lib, doc, plan, performance.now() - t0, render);
}

/** As {@link checkDocument}, through readPlan: Word and Excel files (and any other bytes). */
export async function checkDocumentAsync(lib, doc, render) {
  const t0 = performance.now();
  let plan;
  try {
    plan = await lib.readPlan(doc.bytes ?? doc.text);
  } catch (error) {
    return refused(lib, error, performance.now() - t0);
  }
  return checkPlan(lib, doc, plan, performance.now() - t0, render);
}

function refused(lib, error, ms) {
  return { problems: error instanceof lib.PlanInputError ? [] : [`parsePlan throws ${String(error && error.stack)}`], ms, plan: undefined };
}

/** A leading apostrophe the CSV reader takes off again (an exporter's defusing of `'=…`). */
const DEFUSED = /^'(?=[=+@\t\r]|-[\d(=+\-@])/;

function checkPlan(lib, doc, plan, ms, render) {
  const problems = [];
  for (const a of plan.activities) {
    for (const which of ['period', 'naccPeriod']) {
      const p = a[which];
      if (p && !('error' in p)) problems.push(...periodProblems(lib, p, undefined, `line ${a.source.line} ${which}`));
    }
  }
  if (plan.asOf && !ISO.test(plan.asOf)) problems.push(`asOf ${plan.asOf}`);
  // (A text that the sniffer reads as HTML has no tab-separated cells to keep.)
  if ((doc.kind === 'tsv' && plan.format === 'text') || (doc.kind === 'csv' && plan.format === 'csv')) {
    const raws = allRaw(plan);
    const title = doc.text.slice(0, doc.text.indexOf('\n'));
    for (const row of doc.body) {
      for (const cell of row) {
        const kept = (doc.kind === 'csv' ? cell.replace(DEFUSED, '') : cell).trim();
        // A line of one field that is a Markdown row (| a | b |) is read as one: its cells are kept.
        const pipeCells = row.length === 1 && /^\|.*\|$/s.test(kept) ? kept.slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim()).filter(Boolean) : undefined;
        const keptAll = pipeCells ? pipeCells.every((c) => raws.includes(c)) : raws.includes(kept);
        if (kept && !keptAll && !title.includes(kept)) problems.push(`body cell lost: ${JSON.stringify(kept.slice(0, 40))}`);
      }
    }
  }
  const t1 = performance.now();
  problems.push(...checkExports(lib, plan, render));
  return { problems, ms: ms + (performance.now() - t1), plan };
}
