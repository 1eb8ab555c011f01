import { BE_OFFSET, addDays, fiscalYearBounds } from '../thai/dates.js';
import { arabicDigitsToThai } from '../thai/digits.js';
import { THAI_MONTHS, THAI_MONTHS_SHORT } from '../thai/months.js';
/**
 * The NACC steps an agency itself performs, in the words the classifier reads back as that step.
 * (The NACC and its assessors do the others: NACC_STEPS in ../ita/steps.ts.)
 */
const AGENCY_STEPS = [
    ['registration', 'ลงทะเบียนเข้าสู่ระบบ ITAS'],
    ['iit-stakeholders', 'ระบุและอนุมัติข้อมูลผู้มีส่วนได้ส่วนเสียภายใน'],
    ['oit', 'ตอบและอนุมัติแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)'],
    ['iit', 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)'],
    ['eit', 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)'],
    ['eit-1', 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ ๑'],
    ['oit-clarify', 'ชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม'],
];
/** The usual preparation before the first NACC window opens (they name no NACC step). */
const PREPARATION = ['แต่งตั้งคณะทำงานขับเคลื่อนการประเมิน ITA ของหน่วยงาน', 'ประชุมคณะทำงานเพื่อวางแผนและมอบหมายผู้รับผิดชอบแต่ละขั้นตอน'];
/**
 * The year's draft plan from its calendar: the usual preparation in the month before the first
 * window opens (inside the fiscal year), then every NACC step an agency performs, in its window.
 * Periods are Thai with Thai digits and Buddhist-era years; the responsible column is left empty.
 */
export function draftPlan(calendar) {
    const year = calendar.fiscalYear;
    const steps = AGENCY_STEPS.flatMap(([id, text]) => {
        const step = calendar.steps.find((s) => s.id === id);
        return step ? [{ text, window: step.window }] : [];
    }).sort((a, b) => a.window.start.localeCompare(b.window.start));
    const first = steps[0]?.window.start ?? fiscalYearBounds(year).start;
    const { start: fyStart } = fiscalYearBounds(year);
    // The month before the first window, but never before the fiscal year starts.
    const prepEnd = first > fyStart ? addDays(first, -1) : first;
    const prepStart = `${prepEnd.slice(0, 8)}01` < fyStart ? fyStart : `${prepEnd.slice(0, 8)}01`;
    const prep = { start: prepStart, end: prepEnd, precision: 'day' };
    const rows = [...PREPARATION.map((text) => ({ text, window: prep })), ...steps];
    return {
        fiscalYear: year,
        title: `แผนการขับเคลื่อนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ${arabicDigitsToThai(String(year))}`,
        header: ['ที่', 'กิจกรรม', 'ระยะเวลา', 'หน่วยงานรับผิดชอบ'],
        activities: rows.map((r, i) => ({ seq: i + 1, step: r.text, period: thaiWindow(r.window), responsible: '' })),
    };
}
/** "๑ – ๓๑ ม.ค. ๒๕๗๐", "๑ ก.พ. – ๓๑ พ.ค. ๒๕๗๐", "๑ ธ.ค. ๒๕๖๙ – ๓๑ ม.ค. ๒๕๗๐"; months: "มกราคม – เมษายน ๒๕๗๐". */
export function thaiWindow(window) {
    const parts = (iso) => ({ y: Number(iso.slice(0, 4)) + BE_OFFSET, m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) });
    const a = parts(window.start);
    const b = parts(window.end);
    const t = (n) => arabicDigitsToThai(String(n));
    if (window.precision === 'month') {
        if (a.y === b.y && a.m === b.m)
            return `${THAI_MONTHS[a.m - 1]} ${t(a.y)}`;
        return a.y === b.y ? `${THAI_MONTHS[a.m - 1]} – ${THAI_MONTHS[b.m - 1]} ${t(b.y)}` : `${THAI_MONTHS[a.m - 1]} ${t(a.y)} – ${THAI_MONTHS[b.m - 1]} ${t(b.y)}`;
    }
    const month = (m) => THAI_MONTHS_SHORT[m - 1];
    if (window.start === window.end)
        return `${t(a.d)} ${month(a.m)} ${t(a.y)}`;
    if (a.y === b.y && a.m === b.m)
        return `${t(a.d)} – ${t(b.d)} ${month(b.m)} ${t(b.y)}`;
    if (a.y === b.y)
        return `${t(a.d)} ${month(a.m)} – ${t(b.d)} ${month(b.m)} ${t(b.y)}`;
    return `${t(a.d)} ${month(a.m)} ${t(a.y)} – ${t(b.d)} ${month(b.m)} ${t(b.y)}`;
}
/** The draft as text: title, a blank line, a tab-separated table (what `validate` reads). */
export function draftToText(draft) {
    return [draft.title, '', draft.header.join('\t'), ...draft.activities.map((a) => [arabicDigitsToThai(String(a.seq)), a.step, a.period, a.responsible].join('\t'))].join('\n') + '\n';
}
/** The draft as Markdown: the title as a heading and a pipe table. */
export function draftToMarkdown(draft) {
    const row = (cells) => `| ${cells.join(' | ')} |`;
    return [`# ${draft.title}`, '', row(draft.header), row(draft.header.map(() => '---')), ...draft.activities.map((a) => row([arabicDigitsToThai(String(a.seq)), a.step, a.period, a.responsible || ' ']))].join('\n') + '\n';
}
