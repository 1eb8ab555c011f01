import { embeddedCalendar, embeddedYears } from '../calendar/embedded.js';
import { formatter, type Lang } from '../i18n/index.js';
import { UsageError, type CliIO } from './io.js';

/** `ita-plan calendar`: a built-in NACC calendar as a table (Thai dates under --lang th) or as JSON. */
export function calendarCommand(options: { year?: number; format: 'text' | 'json'; lang: Lang }, io: CliIO): number {
  const years = embeddedYears();
  const year = options.year ?? years[years.length - 1];
  const calendar = embeddedCalendar(year);
  if (!calendar) {
    throw UsageError.of('calendarNotBuiltIn', { year, known: years.join(', ') });
  }
  if (options.format === 'json') {
    io.stdout.write(JSON.stringify(calendar, null, 2) + '\n');
    return 0;
  }
  const f = formatter(options.lang);
  const th = options.lang === 'th';
  const rows = calendar.steps.map((s) => [s.name[options.lang], s.window.precision === 'month' ? monthRange(s.window.start, s.window.end, f) : f.range(s.window.start, s.window.end), s.source + (s.note ? ` (${s.note})` : '')]);
  const head = th ? ['ขั้นตอน', 'ช่วงเวลา', 'ที่มา'] : ['step', 'window', 'source'];
  // A loop, not Math.max(...rows): a calendar file may list any number of windows.
  const widths = head.map((h, i) => rows.reduce((width, r) => Math.max(width, displayWidth(r[i])), displayWidth(h)));
  const line = (cells: string[]) => cells.map((c, i) => (i < cells.length - 1 ? c + ' '.repeat(widths[i] - displayWidth(c)) : c)).join('  ');
  const title = th ? `ปฏิทินการประเมิน ITA ของ ป.ป.ช. ปีงบประมาณ ${calendar.fiscalYear}` : `NACC ITA calendar, fiscal year ${calendar.fiscalYear} BE (${calendar.fiscalYear - 544}–${calendar.fiscalYear - 543})`;
  io.stdout.write([title, '', line(head), ...rows.map(line)].join('\n') + '\n');
  return 0;
}

function monthRange(start: string, end: string, f: ReturnType<typeof formatter>): string {
  const a = f.month(start);
  const b = f.month(end);
  return a === b ? a : `${a} – ${b}`;
}

/** Thai combining marks take no column in a terminal. */
function displayWidth(text: string): number {
  return text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, '').length;
}
