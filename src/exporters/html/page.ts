import type { Calendar } from '../../calendar/schema.js';
import { calendarSteps } from '../../calendar/windows.js';
import { findingMessage } from '../../findings/catalogue.js';
import { fiscalYearText, formatter, words, type Lang } from '../../i18n/index.js';
import type { Activity, Diagnostic, Plan } from '../../plan/schema.js';
import { headline, readPeriod, unitLabel } from '../../plan/activity.js';
import { BE_OFFSET, dayNumber, daysInMonth, fiscalYearBounds } from '../../thai/dates.js';
import { ENGLISH_MONTHS_SHORT, THAI_MONTHS_SHORT } from '../../thai/months.js';
import { REPORT_CSS } from './style.js';

export interface HtmlReportInput {
  plan: Plan;
  diagnostics: Diagnostic[];
  calendar?: Calendar;
  lang: Lang;
  /** The date drawn as a line: a report's as-of date, otherwise today when it falls in the year. */
  today?: string;
  file?: string;
}

// This page's own words; the shared ones (severities, labels) are the interface's (src/i18n/).
const WORDS = {
  th: {
    today: 'วันนี้',
    timeline: 'ช่วงเวลาของกิจกรรมตลอดปีงบประมาณ', nacc: 'ปฏิทินการประเมินของ สำนักงาน ป.ป.ช.', activities: 'รายละเอียดกิจกรรม',
    findings: 'ข้อสังเกต', planFindings: 'ข้อสังเกตทั้งแผน',
    none: 'ไม่พบปัญหา', noCalendar: 'ไม่มีปฏิทิน ป.ป.ช. ของปีนี้ในโปรแกรม', undated: 'ไม่ระบุช่วงเวลาที่อ่านได้',
    legend: 'สัญลักษณ์', window: 'ช่วงเวลาของ ป.ป.ช. สำหรับขั้นตอนนี้',
  },
  en: {
    today: 'today',
    timeline: 'Activities across the fiscal year', nacc: 'NACC assessment calendar', activities: 'Activities in full',
    findings: 'Findings', planFindings: 'Findings on the whole plan',
    none: 'no problems', noCalendar: 'no NACC calendar is built in for this year', undated: 'no readable period',
    legend: 'Legend', window: "the NACC window of this activity's step",
  },
};

// Inline SVG, not emoji: offices and printers often lack an emoji font (Chromium here drew empty boxes).
const ICON = {
  error: '<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="#c62828"/><path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="2"/></svg>',
  warning: '<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><path d="M8 1l7 14H1z" fill="#b26a00"/><path d="M8 6v4M8 12v1.5" stroke="#fff" stroke-width="2"/></svg>',
  info: '<svg class="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true"><circle cx="8" cy="8" r="7" fill="#1565c0"/><path d="M8 7v5M8 4v1.5" stroke="#fff" stroke-width="2"/></svg>',
} as const;
const RANK = { error: 3, warning: 2, info: 1 } as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** One self-contained page (no network): header, timeline with NACC bands, findings on bars, full table. */
export function planToHtml(input: HtmlReportInput): string {
  const { plan, diagnostics, calendar, lang } = input;
  const w = { ...words(lang), ...WORDS[lang] };
  const f = formatter(lang);
  const range = timelineRange(plan);
  const span = dayNumber(range.end) - dayNumber(range.start) + 1;
  const pos = (iso: string) => Math.min(100, Math.max(0, ((dayNumber(iso) - dayNumber(range.start)) / span) * 100));
  const width = (start: string, end: string) => Math.max(0.6, pos(end) + 100 / span - pos(start));
  const pct = (n: number) => `${n.toFixed(3)}%`;

  const byActivity = new Map<Activity, Diagnostic[]>();
  const planLevel: Diagnostic[] = [];
  for (const d of diagnostics) {
    const activity = plan.activities.find((a) => a.source.line === d.line && (d.activity === undefined || d.activity === null || d.activity === a.seq));
    if (activity && d.activity !== undefined) byActivity.set(activity, [...(byActivity.get(activity) ?? []), d]);
    else planLevel.push(d);
  }
  const text = (d: Diagnostic) => d.message ?? findingMessage(d.messageId, d.data, lang);
  const finding = (d: Diagnostic) =>
    `<li class="finding sev-${d.severity}">${ICON[d.severity]}<span class="sev">${w[d.severity]}</span> ${escapeHtml(text(d))} <code>${escapeHtml(d.ruleId)}</code></li>`;

  const months = monthTicks(range.start, range.end, lang);
  const monthRow = months.map((m) => `<div class="month" style="left:${pct(pos(m.iso))};width:${pct(width(m.iso, m.end))}">${escapeHtml(m.label)}</div>`).join('');
  const todayMark = input.today && input.today >= range.start && input.today <= range.end
    ? `<div class="today" style="left:${pct(pos(input.today))}" title="${escapeHtml(f.date(input.today))}"><span>${escapeHtml(plan.asOf ? `${w.asOf} ${f.date(input.today)}` : `${w.today} ${f.date(input.today)}`)}</span></div>`
    : '';

  const bands = calendar
    ? calendar.steps
        .map((s) => `<div class="lane"><div class="lane-label">${escapeHtml(s.name[lang])}</div><div class="track"><div class="band" data-step="${escapeHtml(s.id)}" style="left:${pct(pos(s.window.start))};width:${pct(width(s.window.start, s.window.end))}" title="${escapeHtml(`${s.name[lang]}: ${f.range(s.window.start, s.window.end)} (${s.source})`)}"><span>${escapeHtml(s.name[lang])}</span></div></div></div>`)
        .join('')
    : `<p class="muted">${escapeHtml(w.noCalendar)}</p>`;

  const rows = plan.activities
    .map((a) => {
      const found = byActivity.get(a) ?? [];
      const worst = found.reduce<Diagnostic['severity'] | undefined>((s, d) => (!s || RANK[d.severity] > RANK[s] ? d.severity : s), undefined);
      const period = readPeriod(a);
      const start = period?.start ?? period?.end;
      const end = period?.end ?? period?.start;
      const steps = calendar && a.classification && (a.classification.relation === 'performs' || a.classification.relation === 'supports') ? calendarSteps(calendar, a.classification.steps) : [];
      const windows = steps.map((s) => `<div class="window" style="left:${pct(pos(s.window.start))};width:${pct(width(s.window.start, s.window.end))}" title="${escapeHtml(`${w.window}: ${s.name[lang]} ${f.range(s.window.start, s.window.end)}`)}"></div>`).join('');
      const clipped = start && end ? [start < range.start ? 'clip-start' : '', end > range.end ? 'clip-end' : ''].join(' ').trim() : '';
      const bar = start && end
        ? `<div class="bar ${worst ? `sev-${worst}` : 'ok'} ${clipped}" data-seq="${escapeHtml(String(a.seq ?? ''))}" style="left:${pct(pos(start))};width:${pct(width(start, end))}" title="${escapeHtml(`${a.period!.text} → ${f.range(period?.start, period?.end)}`)}">${worst ? ICON[worst] : ''}</div>`
        : `<div class="undated">${escapeHtml(a.period ? a.period.text : w.undated)}</div>`;
      const { label, text, first } = headline(a);
      return `<div class="row" data-line="${a.source.line}"><div class="lane-label" title="${escapeHtml(a.step)}"><b>${escapeHtml(label)}</b> ${escapeHtml(text.slice(0, 60))}${first.length > 60 ? '…' : ''}</div><div class="track">${windows}${bar}${found.length ? `<ul class="findings">${found.map(finding).join('')}</ul>` : ''}</div></div>`;
    })
    .join('');

  const table = plan.activities
    .map((a) => {
      const found = byActivity.get(a) ?? [];
      const read = readPeriod(a);
      const period = read ? `${escapeHtml(read.text)}<br><span class="muted">${escapeHtml(f.range(read.start, read.end))}</span>` : escapeHtml(a.period?.text ?? '');
      const detail = a.detail.length ? `<div class="detail">${a.detail.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</div>` : '';
      return `<tr data-line="${a.source.line}"><td>${escapeHtml(a.seqLabel ?? String(a.seq ?? ''))}</td><td>${escapeHtml(a.step).replace(/\n/g, '<br>')}${detail}</td><td>${period}</td><td>${escapeHtml(a.responsible.map(unitLabel).join(', '))}</td><td>${found.length ? `<ul class="findings">${found.map(finding).join('')}</ul>` : `<span class="muted">–</span>`}</td></tr>`;
    })
    .join('');

  const facts = [
    plan.province ? `${w.province} ${plan.province}` : '',
    plan.fiscalYear ? `${w.fiscalYear} ${fiscalYearText(plan.fiscalYear.be, lang)}` : '',
    plan.kind === 'progress-report' ? w.progressReport : w.drivePlan,
    plan.asOf ? `${w.asOf} ${f.date(plan.asOf)}` : '',
  ].filter(Boolean);
  const counts = (['error', 'warning', 'info'] as const).map((s) => `<span class="count sev-${s}">${ICON[s]} ${w[s]} ${diagnostics.filter((d) => d.severity === s).length}</span>`).join(' ');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ita-plan">
<title>${escapeHtml(plan.title ?? w.untitled)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(plan.title ?? w.untitled)}</h1>
<p class="facts">${facts.map(escapeHtml).join(' · ')}</p>
<p class="counts">${counts}${input.file ? ` <span class="muted">${escapeHtml(input.file)}</span>` : ''}</p>
${planLevel.length ? `<section class="plan-findings"><h2>${escapeHtml(w.planFindings)}</h2><ul class="findings">${planLevel.map(finding).join('')}</ul></section>` : ''}
</header>
<section class="timeline" aria-label="${escapeHtml(w.timeline)}">
<h2>${escapeHtml(w.timeline)}</h2>
<div class="chart">
<div class="lane months-lane"><div class="lane-label"></div><div class="track">${monthRow}</div></div>
<h3>${escapeHtml(w.nacc)}</h3>
<div class="bands">${bands}</div>
<h3>${escapeHtml(w.activities)}</h3>
<div class="rows">${rows}</div>
<div class="overlay"><div class="lane-label"></div><div class="track">${todayMark}</div></div>
</div>
</section>
<section class="table">
<h2>${escapeHtml(w.activities)}</h2>
<table><colgroup><col class="c-seq"><col class="c-step"><col class="c-period"><col class="c-resp"><col class="c-find"></colgroup><thead><tr><th>${w.seq}</th><th>${w.activity}</th><th>${w.period}</th><th>${w.responsible}</th><th>${w.findings}</th></tr></thead><tbody>${table}</tbody></table>
</section>
</body>
</html>
`;
}

/** The fiscal year when known, else the span of the plan's dates. */
function timelineRange(plan: Plan): { start: string; end: string } {
  if (plan.fiscalYear) return fiscalYearBounds(plan.fiscalYear.be);
  const dates = plan.activities.flatMap((a) => [readPeriod(a)?.start, readPeriod(a)?.end].filter((d): d is string => !!d)).sort();
  if (dates.length === 0) return { start: '2000-01-01', end: '2000-12-31' };
  return { start: `${dates[0].slice(0, 7)}-01`, end: dates[dates.length - 1] };
}

function monthTicks(start: string, end: string, lang: Lang): Array<{ iso: string; end: string; label: string }> {
  const ticks = [];
  let y = Number(start.slice(0, 4));
  let m = Number(start.slice(5, 7));
  for (let guard = 0; guard < 60; guard++) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > end) break;
    const last = `${iso.slice(0, 8)}${String(daysInMonth(y + BE_OFFSET, m)).padStart(2, '0')}`;
    const year = lang === 'th' ? String(y + 543).slice(2) : String(y).slice(2);
    ticks.push({ iso, end: last < end ? last : end, label: `${(lang === 'th' ? THAI_MONTHS_SHORT : ENGLISH_MONTHS_SHORT)[m - 1]} ${year}` });
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return ticks;
}
