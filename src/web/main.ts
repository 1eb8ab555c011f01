// The web page (dist/web/index.html + app.js): drop or pick plans, see each checked, take the files
// away. Everything runs here in the browser through the library; nothing is sent anywhere.
import * as cheerio from 'cheerio';
import * as htmlparser2 from 'htmlparser2';
import bahtText from 'thai-baht-text';
import { embeddedYears } from '../calendar/embedded.js';
import { message, type Lang } from '../i18n/index.js';
import { locationPhrase } from '../findings/location.js';
import type { Diagnostic } from '../plan/schema.js';
import { checkFile, counts, exportsOf, reportHtml, worstFirst, type CheckedFile, type DroppedFile, type Export } from './check.js';
import type { importCalendar as importCalendarFn } from './chunks/calendar.js';
import { chunkFor, loadChunk, type ChunkName } from './lazy.js';
import { provide, provided } from './provided.js';
import { saveCalendars, saveLang, storedCalendars, storedLang, withCalendar, type StoredCalendar } from './store.js';
import { say, WORDS, type Words } from './words.js';
import { thaiDate } from '../thai/dates.js';

// The packages of the first load, for the library's lazy `require` (shims/node-module.ts).
provide('cheerio', cheerio);
provide('htmlparser2', htmlparser2);
provide('thai-baht-text', bahtText);

declare const __ITA_PLAN_VERSION__: string;

const state = {
  lang: storedLang() ?? ('th' as Lang),
  files: [] as DroppedFile[],
  results: [] as CheckedFile[],
  calendars: storedCalendars(),
  /** Calendars imported while storage refused to keep them. */
  unsaved: false,
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const w = (key: keyof Words, data?: Record<string, string | number>) => say(state.lang, key, data);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** Today in Thailand, as the CLI's `today` (the report's "today" line, an imported calendar's revision date). */
function today(): string {
  return thaiDate(Date.now());
}

function status(text: string): void {
  $('status').textContent = text;
}

// ---- the shell's words --------------------------------------------------------------------------

function paintShell(): void {
  document.documentElement.lang = state.lang;
  document.title = w('title');
  for (const node of document.querySelectorAll<HTMLElement>('[data-w]')) node.textContent = w(node.dataset.w as keyof Words);
  const button = $('lang');
  button.textContent = WORDS[state.lang].switchTo;
  button.setAttribute('lang', state.lang === 'th' ? 'en' : 'th');
  button.setAttribute('aria-label', WORDS[state.lang].switchLabel);
  $('calendars-lead').textContent = w('calendarsLead', { years: embeddedYears().join(', ') });
  paintCalendars();
}

// ---- files --------------------------------------------------------------------------------------

const CHUNK_WORD: Record<ChunkName, keyof Words> = { docx: 'word', xlsx: 'excel', pdf: 'pdf', calendar: 'importCalendar' };

async function readDropped(list: FileList | File[]): Promise<DroppedFile[]> {
  return Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
}

/** Checks the dropped files and shows them; the time from drop to page is kept on the results. */
async function checkAll(files: DroppedFile[], started = performance.now()): Promise<void> {
  state.files = files;
  delete $('results').dataset.checkMs;
  status(w('working'));
  const needed = new Set(files.map((f) => chunkFor(f.bytes)).filter((c): c is ChunkName => c !== undefined));
  for (const chunk of needed) {
    status(w('loadingReader', { what: w(CHUNK_WORD[chunk]) }));
    try {
      await loadChunk(chunk);
    } catch {
      status(w('readerFailed', { what: w(CHUNK_WORD[chunk]) }));
    }
  }
  const options = { lang: state.lang, imported: state.calendars };
  state.results = await Promise.all(files.map((file) => checkFile(file, options)));
  paintResults();
  const ms = Math.round(performance.now() - started);
  const results = $('results');
  results.dataset.checkMs = String(ms);
  results.dataset.files = String(files.length);
  status(w('checked', { n: files.length, ms }));
}

function paintResults(): void {
  const results = $('results');
  results.replaceChildren();
  const many = state.results.length > 1;
  if (many) results.append(summaryTable(state.results));
  const ordered = many ? worstFirst(state.results) : state.results;
  ordered.forEach((r, i) => results.append(fileSection(r, i, !many)));
}

function summaryTable(results: CheckedFile[]): HTMLElement {
  const rows = worstFirst(results).map((r) => {
    const c = counts(r.diagnostics);
    const link = el('a', { href: `#file-${results.indexOf(r)}` }, r.file);
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, link),
      el('td', {}, r.plan?.fiscalYear ? String(r.plan.fiscalYear.be) : w('unknownYear')),
      el('td', { class: c.errors ? 'num sev-error' : 'num' }, String(c.errors)),
      el('td', { class: c.warnings ? 'num sev-warning' : 'num' }, String(c.warnings)),
      el('td', { class: 'num' }, String(c.infos)),
    );
  });
  const head = el('tr', {}, ...(['file', 'fiscalYear', 'errors', 'warnings', 'infos'] as const).map((k) => el('th', { scope: 'col' }, w(k))));
  return el(
    'section',
    { class: 'summary', 'aria-labelledby': 'summary-h' },
    el('h2', { id: 'summary-h' }, w('summary')),
    el('table', {}, el('caption', {}, w('summaryCaption')), el('thead', {}, head), el('tbody', {}, ...rows)),
  );
}

function findingItem(d: Diagnostic): HTMLElement {
  const where = [d.line || d.location ? locationPhrase(d.location, d.line, state.lang) : '', d.activity !== undefined && d.activity !== null ? w('activity', { n: d.activity }) : ''].filter(Boolean).join(', ');
  return el(
    'li',
    { class: `finding sev-${d.severity}`, 'data-rule': d.ruleId, 'data-line': String(d.line ?? 1), 'data-severity': d.severity },
    el('span', { class: 'sev' }, w(d.severity)),
    ' ',
    where ? el('span', { class: 'where' }, `${where}: `) : '',
    el('span', { class: 'message' }, d.message ?? d.messageId),
  );
}

function fileSection(r: CheckedFile, _order: number, open: boolean): HTMLElement {
  const index = state.results.indexOf(r);
  const id = `file-${index}`;
  const c = counts(r.diagnostics);
  const facts: string[] = [];
  if (r.plan) {
    if (r.plan.title) facts.push(r.plan.title);
    if (r.plan.fiscalYear) facts.push(`${w('fiscalYear')} ${r.plan.fiscalYear.be}`);
    facts.push(r.plan.kind === 'progress-report' ? w('progressReport') : w('plan'));
    facts.push(w('activities', { n: r.plan.activities.length }));
  }
  const calendar = !r.plan
    ? ''
    : r.calendarOrigin?.kind === 'imported'
      ? w('calendarUsed', { name: w('importedCalendar', { year: r.calendar!.fiscalYear, source: r.calendarOrigin.source }) })
      : r.calendar
        ? w('calendarUsed', { name: w('builtInCalendar', { year: r.calendar.fiscalYear }) })
        : w('noCalendar');
  const section = el(
    'section',
    { class: 'file', id, 'aria-labelledby': `${id}-h`, 'data-file': r.file },
    el('h2', { id: `${id}-h` }, r.file),
    facts.length ? el('p', { class: 'facts' }, facts.join(' · ')) : '',
    calendar ? el('p', { class: 'calendar-used', 'data-calendar': r.calendarOrigin?.kind ?? 'none' }, calendar) : '',
    el(
      'p',
      { class: 'counts' },
      el('span', { class: 'sev-error' }, `${w('errors')} ${c.errors}`),
      ' · ',
      el('span', { class: 'sev-warning' }, `${w('warnings')} ${c.warnings}`),
      ' · ',
      el('span', { class: 'sev-info' }, `${w('infos')} ${c.infos}`),
    ),
    el('h3', { id: `${id}-findings` }, w('findings')),
    r.diagnostics.length
      ? el('ul', { class: 'findings', 'aria-labelledby': `${id}-findings` }, ...r.diagnostics.map(findingItem))
      : el('p', { class: 'none' }, w('noFindings')),
  );
  const exports = exportsOf(r, state.lang, today(), __ITA_PLAN_VERSION__);
  section.append(
    el('h3', { id: `${id}-downloads` }, w('downloads')),
    el('div', { class: 'downloads', role: 'group', 'aria-labelledby': `${id}-downloads` }, ...exports.map((e) => downloadButton(e, r.file))),
  );
  if (r.plan) section.append(reportFrame(r, id, open));
  return section;
}

const EXPORT_WORD: Record<Export['kind'], keyof Words> = {
  html: 'downloadHtml',
  csv: 'downloadCsv',
  xlsx: 'downloadXlsx',
  tsv: 'downloadTsv',
  md: 'downloadMd',
  ics: 'downloadIcs',
  'plan-json': 'downloadPlanJson',
  'findings-json': 'downloadFindingsJson',
};

function downloadButton(e: Export, file: string): HTMLElement {
  const button = el('button', { type: 'button', 'data-export': e.kind, 'aria-label': w('downloadOf', { what: w(EXPORT_WORD[e.kind]), file }) }, w(EXPORT_WORD[e.kind]));
  button.addEventListener('click', () => void download(e));
  return button;
}

async function download(e: Export): Promise<void> {
  try {
    if (e.chunk) await loadChunk(e.chunk);
  } catch {
    return status(w('readerFailed', { what: w('excel') }));
  }
  const content = await e.make();
  const type = typeof content === 'string' ? `${e.type};charset=utf-8` : e.type;
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const a = el('a', { href: url, download: e.name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The report page, the same as `ita-plan report` writes, in a frame; drawn when first opened. */
function reportFrame(r: CheckedFile, id: string, open: boolean): HTMLElement {
  const details = el('details', { class: 'report' }, el('summary', {}, w('report')));
  const draw = () => {
    if (details.querySelector('iframe')) return;
    const frame = el('iframe', { title: w('reportOf', { file: r.file }), id: `${id}-report` });
    frame.addEventListener('load', () => {
      const doc = frame.contentDocument;
      if (doc) frame.style.height = `${doc.documentElement.scrollHeight + 20}px`;
    });
    frame.srcdoc = reportHtml(r, state.lang, today());
    details.append(frame);
  };
  details.addEventListener('toggle', () => details.open && draw());
  if (open) {
    details.open = true;
    draw();
  }
  return details;
}

// ---- calendars ----------------------------------------------------------------------------------

function paintCalendars(): void {
  const list = $('calendar-list');
  list.replaceChildren();
  if (state.calendars.length === 0) {
    list.append(el('li', { class: 'muted' }, w('noImported')));
  }
  for (const c of state.calendars) {
    const remove = el('button', { type: 'button', 'aria-label': w('removeLabel', { year: c.calendar.fiscalYear, source: c.source }) }, w('remove'));
    remove.addEventListener('click', () => {
      state.calendars = state.calendars.filter((x) => x !== c);
      void keepCalendars(w('removed', { year: c.calendar.fiscalYear }));
    });
    list.append(el('li', { 'data-year': String(c.calendar.fiscalYear) }, `${c.calendar.fiscalYear} · ${c.calendar.title ?? c.source} `, remove));
  }
}

/** Stores the calendars, repaints them and checks the files again against them. */
async function keepCalendars(said: string): Promise<void> {
  state.unsaved = !saveCalendars(state.calendars);
  paintCalendars();
  if (state.files.length) await checkAll(state.files);
  status(state.unsaved ? `${said} · ${w('storageFailed')}` : said);
}

async function importCalendars(list: FileList): Promise<void> {
  const files = await readDropped(list);
  try {
    await loadChunk('calendar');
    // An announcement in Word needs the Word reader too.
    for (const chunk of new Set(files.map((f) => chunkFor(f.bytes)))) if (chunk) await loadChunk(chunk);
  } catch {
    return status(w('readerFailed', { what: w('importCalendar') }));
  }
  const { importCalendar } = provided('ita-plan:calendar-import') as { importCalendar: typeof importCalendarFn };
  for (const file of files) {
    const previous = (year: number) => state.calendars.find((c) => c.calendar.fiscalYear === year)?.calendar;
    const result = await importCalendar(file.bytes, { name: file.name, lang: state.lang, previous, today: today() });
    if (!result.ok) {
      status(w('importFailed', { problem: `${file.name}: ${result.problems.join(' · ')}` }));
      continue;
    }
    const added: StoredCalendar = { calendar: result.calendar, source: file.name, importedAt: new Date().toISOString() };
    state.calendars = withCalendar(state.calendars, added);
    await keepCalendars([w('importedOk', { year: result.calendar.fiscalYear }), result.revised ? message('importRevised', { count: result.revised }, state.lang) : ''].filter(Boolean).join(' · '));
  }
}

// ---- wiring -------------------------------------------------------------------------------------

function start(): void {
  paintShell();
  const input = $<HTMLInputElement>('files');
  input.addEventListener('change', async () => {
    const started = performance.now();
    if (input.files?.length) await checkAll(await readDropped(input.files), started);
    input.value = '';
  });
  const zone = $('drop');
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', async (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const started = performance.now();
    if (e.dataTransfer?.files.length) await checkAll(await readDropped(e.dataTransfer.files), started);
  });
  // A file dropped beside the zone must not replace the page with the file.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());

  const calendarInput = $<HTMLInputElement>('calendar-file');
  calendarInput.addEventListener('change', async () => {
    if (calendarInput.files?.length) await importCalendars(calendarInput.files);
    calendarInput.value = '';
  });

  $('lang').addEventListener('click', () => {
    state.lang = state.lang === 'th' ? 'en' : 'th';
    saveLang(state.lang);
    paintShell();
    if (state.files.length) void checkAll(state.files);
  });
  document.body.dataset.ready = 'true';
}

start();
