import Papa from 'papaparse';
import { activityRows, ROW_HEADERS } from './rows.js';
/** One clean tab-separated table of activities; cells with tabs or line breaks are quoted. */
export function planToTsv(plan) {
    const rows = activityRows(plan);
    const keys = Object.keys(ROW_HEADERS);
    return Papa.unparse({ fields: keys.map((k) => ROW_HEADERS[k]), data: rows.map((r) => keys.map((k) => r[k])) }, { delimiter: '\t', newline: '\n' }) + '\n';
}
