import type { Calendar } from '../../calendar/schema.js';
import { localized } from '../../calendar/types.js';
import { calendarSteps } from '../../calendar/windows.js';
import { findingMessage } from '../../findings/catalogue.js';
import { activityFinder } from '../../findings/location.js';
import { fiscalYearText, formatter, words, type Lang } from '../../i18n/index.js';
import { PROGRESS_VALUES, PROGRESS_WORDS, type Progress } from '../../ita/progress.js';
import type { Activity, Diagnostic, Plan } from '../../plan/schema.js';
import { headline, periodSegments, readPeriod, unitLabel } from '../../plan/activity.js';
import { progressOf, reportsStatuses, statusOf } from '../../plan/progress.js';
import { BE_OFFSET, dayNumber, daysInMonth, fiscalYearBounds } from '../../thai/dates.js';
import { ENGLISH_MONTHS_SHORT, THAI_MONTHS_SHORT } from '../../thai/months.js';
import { SARABUN_FONT_CSS } from './fonts-data.js';
import { REPORT_CSS } from './style.js';

export interface HtmlReportInput {
  plan: Plan;
  diagnostics: Diagnostic[];
  calendar?: Calendar;
  lang: Lang;
  /** The date drawn as a line: a report's as-of date, otherwise today when it falls in the year. */
  today?: string;
  /** The date a progress report's statuses are judged on (default: the plan's as-of date, else `today`). */
  asOf?: string;
  file?: string;
  /** The command that adds a calendar, named in a footnote for whoever maintains the tool. */
  calendarCommand?: string;
}

/** The command the footnote names when the year has no calendar (the calendars work adds it). */
export const CALENDAR_IMPORT_COMMAND = 'ita-plan calendar import <ไฟล์ปฏิทิน>';

const WORDS = {
  th: {
    today: 'วันนี้',
    timeline: 'ช่วงเวลาของกิจกรรมตลอดปีงบประมาณ', nacc: 'ปฏิทินการประเมินของ สำนักงาน ป.ป.ช.', activities: 'รายละเอียดกิจกรรม',
    findings: 'ข้อสังเกต', planFindings: 'ข้อสังเกตทั้งแผน',
    asWritten: 'ตามรายงาน',
    undated: 'ไม่ระบุช่วงเวลาที่อ่านได้',
    legend: 'คำอธิบายสี แถบ และสัญลักษณ์', window: 'ช่วงเวลาที่ สำนักงาน ป.ป.ช. กำหนดสำหรับขั้นตอนนี้',
    findingsCount: 'ผลการตรวจแผน', noProblems: 'ไม่พบข้อที่ต้องแก้ไข',
    of: (total: number) => ` จากทั้งหมด ${total} กิจกรรม`,
    noCalendar: (year: string) => `โปรแกรมยังไม่มีปฏิทินการประเมิน ITA ของ สำนักงาน ป.ป.ช. สำหรับปีงบประมาณ ${year} จึงยังไม่ได้เทียบช่วงเวลาของกิจกรรมกับกำหนดการของ ป.ป.ช. (การตรวจอื่นทำครบแล้ว) เมื่อได้รับปฏิทินของปีนี้ โปรดแจ้งผู้ดูแลโปรแกรมให้เพิ่มเข้าไป`,
    noCalendarFootnote: 'สำหรับผู้ดูแลโปรแกรม: เพิ่มปฏิทินของปีนี้ด้วยคำสั่ง',
    thisYear: 'ของแผนนี้',
    barOk: 'แถบสีเขียว: กิจกรรมที่ไม่พบข้อที่ต้องแก้ไข', barError: 'แถบสีแดง: กิจกรรมที่มีข้อผิดพลาด', barWarning: 'แถบสีส้ม: กิจกรรมที่มีคำเตือน', barInfo: 'แถบสีน้ำเงิน: กิจกรรมที่มีหมายเหตุ',
    lgOk: 'ไม่พบข้อที่ต้องแก้ไข', lgError: 'ข้อผิดพลาด: ต้องแก้ไข', lgWarning: 'คำเตือน: ควรตรวจสอบ', lgInfo: 'หมายเหตุ: ไม่ต้องแก้ไข',
    lgRing: 'ขอบสีรอบแถบ: กิจกรรมนี้มีข้อสังเกต (อ่านข้อความใต้แถบ)',
    lgBand: 'ช่วงเวลาของแต่ละขั้นตอนตามปฏิทิน ป.ป.ช.', lgWindow: 'พื้นสีฟ้าจาง: ช่วงเวลาที่ ป.ป.ช. กำหนดให้ขั้นตอนของกิจกรรมนั้น',
    lgToday: 'เส้นสีม่วง: วันที่ของข้อมูล', lgClip: 'ขอบคู่ที่ปลายแถบ: กิจกรรมยาวเกินปีงบประมาณ',
    lgSegments: 'แถบหลายช่วงในแถวเดียว: กิจกรรมที่ทำเป็นช่วง ๆ ตามที่แผนระบุ (เช่น "มีนาคม และ กันยายน")',
    rule: 'รหัสการตรวจ',
  },
  en: {
    today: 'today',
    timeline: 'Activities across the fiscal year', nacc: 'NACC assessment calendar', activities: 'Activities in full',
    findings: 'Findings', planFindings: 'Findings on the whole plan',
    asWritten: 'as reported',
    undated: 'no readable period',
    legend: 'What the colours, bands and icons mean', window: "the NACC window of this activity's step",
    findingsCount: 'Checks of the plan', noProblems: 'nothing to correct',
    of: (total: number) => `, of ${total} activities`,
    noCalendar: (year: string) => `The tool has no NACC ITA calendar for fiscal year ${year} yet, so the activities' periods are not compared with the NACC's dates (every other check was made). When this year's calendar is published, ask whoever maintains the tool to add it.`,
    noCalendarFootnote: 'For whoever maintains the tool: add this year\'s calendar with',
    thisYear: 'of this plan',
    barOk: 'green bar: nothing to correct', barError: 'red bar: the activity has an error', barWarning: 'orange bar: the activity needs checking', barInfo: 'blue bar: the activity has a note',
    lgOk: 'nothing to correct', lgError: 'error: must be corrected', lgWarning: 'warning: worth checking', lgInfo: 'info: nothing to correct',
    lgRing: 'coloured ring around a bar: the activity has a finding (read the text under the bar)',
    lgBand: "each NACC step's window in the NACC calendar", lgWindow: "light blue shading: the NACC window of that activity's step",
    lgToday: 'purple line: the date of the data', lgClip: 'double edge at a bar end: the activity runs beyond the fiscal year',
    lgSegments: 'several pieces in one row: an activity done in separate periods, as the plan lists them (e.g. "March and September")',
    rule: 'check id',
  },
};

// Inline SVG, not emoji: offices and printers often lack an emoji font (Chromium here drew empty boxes).
const svg = (body: string) => `<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">${body}</svg>`;
const ICON = {
  error: svg('<circle cx="8" cy="8" r="7" fill="#c62828"/><path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="2"/>'),
  warning: svg('<path d="M8 1l7 14H1z" fill="#b26a00"/><path d="M8 6v4M8 12v1.5" stroke="#fff" stroke-width="2"/>'),
  info: svg('<circle cx="8" cy="8" r="7" fill="#1565c0"/><path d="M8 7v5M8 4v1.5" stroke="#fff" stroke-width="2"/>'),
  ok: svg('<circle cx="8" cy="8" r="7" fill="#2e7d32"/><path d="M4.5 8.2l2.4 2.4 4.6-5" stroke="#fff" stroke-width="2" fill="none"/>'),
} as const;
const STATUS_ICON: Record<Progress, string> = {
  done: svg('<circle cx="8" cy="8" r="7" fill="#fff" stroke="#1b5e20" stroke-width="1.5"/><path d="M4.5 8.2l2.4 2.4 4.6-5" stroke="#1b5e20" stroke-width="2.2" fill="none"/>'),
  'in-progress': svg('<circle cx="8" cy="8" r="6.5" fill="#fff" stroke="#0b4f6c" stroke-width="1.5"/><path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="#0b4f6c"/>'),
  'not-started': svg('<circle cx="8" cy="8" r="6.2" fill="#fff" stroke="#555" stroke-width="1.6" stroke-dasharray="2.4 1.6"/>'),
  late: svg('<circle cx="8" cy="8" r="7" fill="#fff" stroke="#8e1b00" stroke-width="1.5"/><path d="M8 4v4.5l3 1.8" stroke="#8e1b00" stroke-width="1.8" fill="none"/>'),
  unknown: svg('<circle cx="8" cy="8" r="7" fill="#fff" stroke="#555" stroke-width="1.5"/><path d="M6 6.2a2 2 0 1 1 2.6 1.9c-.5.2-.6.6-.6 1.2M8 11.3v1" stroke="#555" stroke-width="1.6" fill="none"/>'),
};
const RANK = { error: 3, warning: 2, info: 1 } as const;

/**
 * Findings whose command-line message names options: on the page they are said for people, by the
 * finding's plain message (declared beside the other in the catalogue). A missing calendar is the
 * page's own notice (with the command in a footnote), so its finding is not repeated.
 */
const PLAIN_MESSAGE: Record<string, string> = { fiscalYearUnknown: 'fiscalYearUnknownPlain' };
const SHOWN_ELSEWHERE = new Set(['calendarMissing']);

/**
 * Plan text as HTML text. A bidirectional override or isolate in a cell (U+202A–202E, U+2066–2069)
 * is written as its code (\u202e), as on a terminal: it would otherwise turn the rest of a line
 * of the page around, so that a reader sees a different period than the plan states.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/**
 * One self-contained page (no network): header with the summary of a progress report, a legend,
 * the timeline with NACC bands and each activity's bars (status by colour, icon and word; findings
 * under them), the full table. Below 640 px wide (a phone) each activity's name, months and findings
 * stack; printed, it is laid out for A4 landscape.
 */
export function planToHtml(input: HtmlReportInput): string {
  const { plan, diagnostics, calendar, lang } = input;
  const w = { ...words(lang), ...WORDS[lang] };
  const f = formatter(lang);
  const range = timelineRange(plan);
  const span = dayNumber(range.end) - dayNumber(range.start) + 1;
  const pos = (iso: string) => Math.min(100, Math.max(0, ((dayNumber(iso) - dayNumber(range.start)) / span) * 100));
  const width = (start: string, end: string) => Math.max(0.6, Math.min(100 - pos(start), pos(end) + 100 / span - pos(start)));
  const pct = (n: number) => `${n.toFixed(3)}%`;
  const place = (start: string, end: string) => `left:${pct(pos(start))};width:${pct(width(start, end))}`;
  // A period written in months is said in months ("มี.ค. 2567"), one written in days in days.
  const spanText = (seg: { start: string; end: string }, precision: string) =>
    precision === 'day' || precision === 'week' ? f.range(seg.start, seg.end) : seg.start.slice(0, 7) === seg.end.slice(0, 7) ? f.month(seg.start) : `${f.month(seg.start)} – ${f.month(seg.end)}`;
  const progressReport = plan.kind === 'progress-report' || reportsStatuses(plan);
  const asOf = input.asOf ?? plan.asOf ?? input.today;
  const progress = (a: Activity): Progress | undefined => (progressReport && asOf ? progressOf(a, asOf) : undefined);

  const byActivity = new Map<Activity, Diagnostic[]>();
  const planLevel: Diagnostic[] = [];
  const about = activityFinder(plan.activities);
  for (const d of diagnostics) {
    if (SHOWN_ELSEWHERE.has(d.messageId) && !calendar) continue;
    const activity = about(d);
    if (!activity) planLevel.push(d);
    else if (byActivity.has(activity)) byActivity.get(activity)!.push(d);
    else byActivity.set(activity, [d]);
  }
  const text = (d: Diagnostic) => (Object.hasOwn(PLAIN_MESSAGE, d.messageId) ? findingMessage(PLAIN_MESSAGE[d.messageId], d.data, lang) : d.message ?? findingMessage(d.messageId, d.data, lang));
  // The rule id is for whoever maintains the tool: a tooltip, never body text.
  const finding = (d: Diagnostic) =>
    `<li class="finding sev-${d.severity}" title="${escapeHtml(`${w.rule}: ${d.ruleId}`)}">${ICON[d.severity]}<span class="sev">${w[d.severity]}:</span> ${escapeHtml(text(d))}</li>`;
  const statusChip = (p: Progress) => `<span class="status st-${p}">${STATUS_ICON[p]}<span class="st-word">${escapeHtml(PROGRESS_WORDS[lang][p])}</span></span>`;

  const nowLine = input.today && input.today >= range.start && input.today <= range.end ? `<div class="now" style="left:${pct(pos(input.today))}"></div>` : '';
  const months = monthTicks(range.start, range.end, lang);
  const monthRow = months.map((m) => `<div class="month" style="${place(m.iso, m.end)}"><span class="m">${escapeHtml(m.month)}</span> <span class="y">${escapeHtml(m.year)}</span></div>`).join('');
  const todayMark = nowLine
    ? `<div class="today${pos(input.today!) > 70 ? ' flip' : ''}" style="left:${pct(pos(input.today!))}" title="${escapeHtml(f.date(input.today!))}"><span>${escapeHtml(plan.asOf || input.asOf ? `${w.asOf} ${f.date(input.today!)}` : `${w.today} ${f.date(input.today!)}`)}</span></div>`
    : '';

  const yearText = plan.fiscalYear ? String(plan.fiscalYear.be) : w.thisYear;
  const bands = calendar
    ? calendar.steps
        .map((s) => `<div class="lane"><div class="lane-label"><span class="name">${escapeHtml(s.name[lang])}</span><span class="sub when">${escapeHtml(f.range(s.window.start, s.window.end))}</span></div><div class="track">${nowLine}<div class="band" data-step="${escapeHtml(s.id)}" style="${place(s.window.start, s.window.end)}" title="${escapeHtml(`${s.name[lang]}: ${f.range(s.window.start, s.window.end)} (${localized(s.source, lang)})`)}"><span>${escapeHtml(s.name[lang])}</span></div></div></div>`)
        .join('')
    : `<p class="no-calendar">${escapeHtml(w.noCalendar(yearText))}<sup><a href="#fn-calendar">1</a></sup></p>`;

  let clipped = false;
  let segmented = false;
  const rows = plan.activities
    .map((a) => {
      const found = byActivity.get(a) ?? [];
      const worst = found.reduce<Diagnostic['severity'] | undefined>((s, d) => (!s || RANK[d.severity] > RANK[s] ? d.severity : s), undefined);
      const period = readPeriod(a);
      const p = progress(a);
      const steps = calendar && a.classification && (a.classification.relation === 'performs' || a.classification.relation === 'supports') ? calendarSteps(calendar, a.classification.steps) : [];
      const windows = steps.map((s) => `<div class="window" style="${place(s.window.start, s.window.end)}" title="${escapeHtml(`${w.window}: ${s.name[lang]} ${f.range(s.window.start, s.window.end)}`)}"></div>`).join('');
      const segments = period ? periodSegments(period) : [];
      if (segments.length > 1) segmented = true;
      const kind = p ? `st-${p}` : worst ? '' : 'ok';
      const icon = p ? STATUS_ICON[p] : worst ? ICON[worst] : '';
      const word = p ? `<span class="st-word">${escapeHtml(progressWord(p, lang))}</span>` : '';
      const bars = segments.length
        ? segments
            .map((s, i) => {
              const clip = [s.start < range.start ? 'clip-start' : '', s.end > range.end ? 'clip-end' : ''].join(' ').trim();
              if (clip) clipped = true;
              const title = `${a.period!.text} → ${f.range(s.start, s.end)}${p ? ` · ${PROGRESS_WORDS[lang][p]}` : ''}`;
              const classes = ['bar', 'fill', worst ? `sev-${worst}` : '', kind, clip].filter(Boolean).join(' ');
              return `<div class="${classes}" data-seq="${escapeHtml(String(a.seq ?? ''))}" data-segment="${i + 1}"${p ? ` data-status="${p}"` : ''} style="${place(s.start, s.end)}" title="${escapeHtml(title)}">${icon}${word}</div>`;
            })
            .join('')
        : `<div class="undated">${escapeHtml(a.period ? a.period.text : w.undated)}</div>`;
      const { label, text: name } = headline(a);
      const when = period ? segments.map((s) => spanText(s, period.precision)).join(', ') || f.range(period.start, period.end) : '';
      const sub = [p ? statusChip(p) : '', when ? `<span class="when">${escapeHtml(when)}</span>` : ''].filter(Boolean).join(' ');
      return `<div class="row" data-line="${a.source.line}"><div class="lane-label"><span class="name" title="${escapeHtml(a.step)}">${label ? `<b>${escapeHtml(label)}</b> ` : ''}${escapeHtml(name)}</span>${sub ? `<span class="sub">${sub}</span>` : ''}</div><div class="track">${nowLine}${windows}${bars}${found.length ? `<ul class="findings">${found.map(finding).join('')}</ul>` : ''}</div></div>`;
    })
    .join('');

  const withResult = plan.activities.some((a) => a.result);
  const withResponsible = plan.activities.some((a) => a.responsible.length > 0);
  const table = plan.activities
    .map((a) => {
      const found = byActivity.get(a) ?? [];
      const read = readPeriod(a);
      const period = read ? `${escapeHtml(read.text)}<br><span class="muted">${escapeHtml(periodSegments(read).map((s) => spanText(s, read.precision)).join(', ') || f.range(read.start, read.end))}</span>` : escapeHtml(a.period?.text ?? '');
      const detail = a.detail.length ? `<div class="detail">${a.detail.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>` : '';
      const p = progress(a);
      const written = statusOf(a)?.text;
      const status = p ? `<td data-label="${w.status}">${statusChip(p)}${written && written !== PROGRESS_WORDS[lang][p] ? `<div class="muted">${escapeHtml(w.asWritten)}: ${escapeHtml(written)}</div>` : ''}</td>` : '';
      const result = progressReport && withResult ? `<td data-label="${w.result}">${escapeHtml(a.result ?? '').replace(/\n/g, '<br>')}</td>` : '';
      return `<tr data-line="${a.source.line}"><td data-label="${w.seq}">${escapeHtml(a.seqLabel ?? String(a.seq ?? ''))}</td><td data-label="${w.activity}">${escapeHtml(a.step).replace(/\n/g, '<br>')}${detail}</td><td data-label="${w.period}">${period}</td>${withResponsible ? `<td data-label="${w.responsible}">${escapeHtml(a.responsible.map(unitLabel).join(', '))}</td>` : ''}${status}${result}<td data-label="${w.findings}">${found.length ? `<ul class="findings">${found.map(finding).join('')}</ul>` : `<span class="muted">–</span>`}</td></tr>`;
    })
    .join('');
  const columns = ['seq', 'step', 'period', ...(withResponsible ? ['resp'] : []), ...(progressReport && asOf ? ['status'] : []), ...(progressReport && withResult ? ['result'] : []), 'find'];
  const headers = [w.seq, w.activity, w.period, ...(withResponsible ? [w.responsible] : []), ...(progressReport && asOf ? [w.status] : []), ...(progressReport && withResult ? [w.result] : []), w.findings];

  const facts = [
    plan.province ? `${w.province} ${plan.province}` : '',
    plan.fiscalYear ? `${w.fiscalYear} ${fiscalYearText(plan.fiscalYear.be, lang)}` : '',
    plan.kind === 'progress-report' ? w.progressReport : w.drivePlan,
  ].filter(Boolean);
  const tally = Object.fromEntries(PROGRESS_VALUES.map((v) => [v, 0])) as Record<Progress, number>;
  for (const a of plan.activities) {
    const p = progress(a);
    if (p) tally[p]++;
  }
  const summary = progressReport && asOf ? `<p class="summary">${escapeHtml(progressSummary(tally, plan.activities.length, lang, w.of))}</p>` : '';
  const asOfLine = plan.asOf || input.asOf ? `<p class="as-of">${escapeHtml(`${w.asOf} ${f.date((input.asOf ?? plan.asOf)!)}`)}</p>` : '';
  const shown = [...planLevel, ...[...byActivity.values()].flat()];
  const found = (['error', 'warning', 'info'] as const).map((s) => [s, shown.filter((d) => d.severity === s).length] as const);
  const counts = found.some(([, n]) => n > 0)
    ? found.map(([s, n]) => `<span class="count sev-${s}">${ICON[s]} ${w[s]} ${n}</span>`).join(' ')
    : `<span class="count ok">${ICON.ok} ${w.noProblems}</span>`;

  const legendItems = [
    ...(progressReport && asOf ? PROGRESS_VALUES.map((v) => [`status-${v}`, `<span class="swatch fill st-${v}">${STATUS_ICON[v]}</span>`, PROGRESS_WORDS[lang][v]] as const) : [['ok', '<span class="swatch fill ok"></span>', w.barOk] as const]),
    ...(progressReport && asOf
      ? [['ring', '<span class="swatch fill st-in-progress sev-ring"></span>', w.lgRing] as const]
      : [['bar-error', `<span class="swatch fill sev-error">${ICON.error}</span>`, w.barError] as const, ['bar-warning', `<span class="swatch fill sev-warning">${ICON.warning}</span>`, w.barWarning] as const, ['bar-info', `<span class="swatch fill sev-info">${ICON.info}</span>`, w.barInfo] as const]),
    ['icon-error', ICON.error, w.lgError] as const,
    ['icon-warning', ICON.warning, w.lgWarning] as const,
    ['icon-info', ICON.info, w.lgInfo] as const,
    ...(calendar ? [['band', '<span class="swatch sw-band"></span>', w.lgBand] as const, ['window', '<span class="swatch sw-window"></span>', w.lgWindow] as const] : []),
    ...(nowLine ? [['today', '<span class="swatch now-swatch"></span>', w.lgToday] as const] : []),
    ...(segmented ? [['segments', '<span class="swatch seg"><span class="fill ok"></span><span class="fill ok"></span></span>', w.lgSegments] as const] : []),
    ...(clipped ? [['clip', '<span class="swatch fill ok clip-end"></span>', w.lgClip] as const] : []),
  ];
  const legend = `<section class="legend" aria-label="${escapeHtml(w.legend)}"><h2>${escapeHtml(w.legend)}</h2><ul>${legendItems.map(([id, mark, words]) => `<li data-legend="${id}">${mark}<span>${escapeHtml(words)}</span></li>`).join('')}</ul></section>`;
  const footnotes = calendar ? '' : `<footer class="footnotes"><p id="fn-calendar"><sup>1</sup> ${escapeHtml(w.noCalendarFootnote)} <code>${escapeHtml(input.calendarCommand ?? CALENDAR_IMPORT_COMMAND)}</code></p></footer>`;

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ita-plan">
<title>${escapeHtml(plan.title ?? w.untitled)}</title>
<style>${SARABUN_FONT_CSS}
${REPORT_CSS}</style>
</head>
<body class="${progressReport && asOf ? 'progress' : 'drive'}">
<header>
<h1>${escapeHtml(plan.title ?? w.untitled)}</h1>
${summary}
${asOfLine}
<p class="facts">${facts.map(escapeHtml).join(' · ')}</p>
<p class="counts"><span class="counts-label">${escapeHtml(w.findingsCount)}:</span> ${counts}${input.file ? ` <span class="muted file">${escapeHtml(input.file)}</span>` : ''}</p>
${planLevel.length ? `<section class="plan-findings"><h2>${escapeHtml(w.planFindings)}</h2><ul class="findings">${planLevel.map(finding).join('')}</ul></section>` : ''}
</header>
${legend}
<section class="timeline" aria-label="${escapeHtml(w.timeline)}">
<h2>${escapeHtml(w.timeline)}</h2>
<div class="chart${plan.fiscalYear ? ' year' : ''}">
<div class="lane months-lane"><div class="lane-label"></div><div class="track">${monthRow}${todayMark}</div></div>
<h3>${escapeHtml(w.nacc)}</h3>
<div class="bands">${bands}</div>
<h3>${escapeHtml(w.activities)}</h3>
<div class="rows">${rows}</div>
</div>
</section>
<section class="table">
<h2>${escapeHtml(w.activities)}</h2>
<table><colgroup>${columns.map((c) => `<col class="c-${c}">`).join('')}</colgroup><thead><tr>${headers.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${table}</tbody></table>
</section>
${footnotes}
</body>
</html>
`;
}

/** The summary of a progress report: how many activities stand where, in the words of their status (without the explanation in brackets). */
function progressSummary(n: Record<Progress, number>, total: number, lang: Lang, of: (total: number) => string): string {
  const order: Progress[] = ['done', 'in-progress', 'late', 'not-started', ...(n.unknown ? ['unknown' as const] : [])];
  return order.map((p) => `${progressWord(p, lang)} ${n[p]}`).join(' · ') + of(total);
}

/** A status's word without its explanation ("ล่าช้า (เลยกำหนดแล้วยังไม่เสร็จ)" → "ล่าช้า"), for bars and the summary. */
function progressWord(p: Progress, lang: Lang): string {
  return PROGRESS_WORDS[lang][p].replace(/ \(.*\)$/, '');
}

/** The fiscal year when known, else the span of the plan's dates. */
function timelineRange(plan: Plan): { start: string; end: string } {
  if (plan.fiscalYear) return fiscalYearBounds(plan.fiscalYear.be);
  const dates = plan.activities.flatMap((a) => [readPeriod(a)?.start, readPeriod(a)?.end].filter((d): d is string => !!d)).sort();
  if (dates.length === 0) return { start: '2000-01-01', end: '2000-12-31' };
  return { start: `${dates[0].slice(0, 7)}-01`, end: dates[dates.length - 1] };
}

function monthTicks(start: string, end: string, lang: Lang): Array<{ iso: string; end: string; month: string; year: string }> {
  const ticks = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (let guard = 0; guard < 60; guard++) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > end) break;
    const last = `${iso.slice(0, 8)}${String(daysInMonth(y + BE_OFFSET, m)).padStart(2, '0')}`;
    const year = lang === 'th' ? String(y + 543).slice(2) : String(y).slice(2);
    ticks.push({ iso, end: last < end ? last : end, month: (lang === 'th' ? THAI_MONTHS_SHORT : ENGLISH_MONTHS_SHORT)[m - 1], year });
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return ticks;
}
