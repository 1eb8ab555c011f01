import Papa from 'papaparse';
import { formatter } from '../i18n/index.js';
import { activityRows, ROW_HEADERS } from './rows.js';
/** The precision column's values in Thai (under lang th no English word stays in a cell). */
const THAI_PRECISION = { day: 'วัน', week: 'สัปดาห์', month: 'เดือน', quarter: 'ไตรมาส', 'fiscal-year': 'ปีงบประมาณ' };
const THAI_PERIOD_ERROR = {
    empty: 'ไม่ได้ระบุ', unparsed: 'อ่านไม่ได้', 'impossible-date': 'วันที่ไม่มีจริง', inverted: 'สิ้นสุดก่อนเริ่ม', 'no-year': 'ไม่ระบุปี', 'year-only': 'ระบุเพียงปี',
};
const DATE_KEYS = ['start', 'end', 'naccStart', 'naccEnd'];
const THAI_HEADERS = {
    seq: 'ที่', step: 'กิจกรรม', period: 'ช่วงเวลา (ตามแผน)', start: 'วันเริ่ม', end: 'วันสิ้นสุด', precision: 'ความละเอียด',
    naccPeriod: 'ช่วงเวลา (สำนักงาน ป.ป.ช.)', naccStart: 'วันเริ่ม (ป.ป.ช.)', naccEnd: 'วันสิ้นสุด (ป.ป.ช.)', responsible: 'หน่วยงานรับผิดชอบ',
    tools: 'แบบวัด', status: 'สถานะ', result: 'ผลการดำเนินงาน', budget: 'งบประมาณ (บาท)', line: 'บรรทัดในไฟล์',
};
/**
 * Spreadsheet formula injection: a cell Excel would run as a formula gets a leading apostrophe.
 * That is a cell starting with = + @, a tab or a carriage return, or with "-" followed by anything
 * but a space ("-1+1", "-(", "-cmd|…", "-HYPERLINK(…)"). A Thai list item such as "- สนจ.เชียงใหม่"
 * (dash, space, text) is not a formula and is left as written, as is a lone "-"; a dash and a space
 * before an operator or a digit ("- =1", "- 1") is defused.
 */
export function defuseFormula(cell) {
    return /^[=+@\t\r]|^-(?! |$)|^- *[=+\-@(\d\t\r]/.test(cell) ? `'${cell}` : cell;
}
/** The activities as CSV for Excel: UTF-8 with BOM by default, Thai headers under lang th. */
export function planToCsv(plan, options = {}) {
    const keys = Object.keys(ROW_HEADERS);
    const headers = keys.map((k) => (options.lang === 'th' ? THAI_HEADERS[k] : ROW_HEADERS[k]));
    const be = formatter('th');
    const rows = activityRows(plan).map((row) => {
        const out = { ...row };
        if (options.beDates)
            for (const k of DATE_KEYS)
                if (out[k])
                    out[k] = be.date(out[k]);
        if (options.lang === 'th' && out.precision) {
            const error = /^error:(.*)$/.exec(out.precision);
            out.precision = error ? `ผิดพลาด: ${THAI_PERIOD_ERROR[error[1]] ?? error[1]}` : (THAI_PRECISION[out.precision] ?? out.precision);
        }
        return out;
    });
    const data = rows.map((row) => keys.map((k) => defuseFormula(row[k])));
    const csv = Papa.unparse({ fields: headers, data }, { newline: '\r\n', quotes: true });
    return (options.bom === false ? '' : '\uFEFF') + csv + '\r\n';
}
