import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { progressStatus } from '../../src/rules/progress-status.js';

const REPORT = 'รายงานผลการดำเนินการตามแผน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (รอบ ๖ เดือน)';
const COLUMNS = ['ที่', 'ระยะเวลา', 'ขั้นตอน', 'ผู้รับผิดชอบ', 'สถานะ'];

describe('progress-status', () =>
  testRule(progressStatus, {
    valid: [
      { name: 'done before the report date, in progress after', plan: plan(REPORT, COLUMNS, ['1', 'ม.ค. 67', 'ลงทะเบียน', 'สป.', 'ดำเนินการแล้ว'], ['2', 'ม.ค. - มิ.ย. 67', 'ตอบแบบวัด IIT', 'สป.', 'อยู่ระหว่างดำเนินการ']) },
      { name: 'a long result that only mentions "เรียบร้อยแล้ว" is not a status', plan: plan(REPORT, ['ที่', 'ระยะเวลา', 'ขั้นตอน', 'ผลการดำเนินการ'], ['1', 'ม.ค. 67', 'ลงทะเบียน', 'จังหวัดได้ดำเนินการระบุและอนุมัติข้อมูลผู้มีส่วนได้ส่วนเสียภายในเรียบร้อยแล้ว'], ['2', 'ก.พ. 67', 'ประชุม', 'จังหวัดได้เชิญประชุมคณะทำงานและมอบหมายภารกิจเรียบร้อยแล้ว']) },
      { name: 'drive plans have no status to check', plan: plan(TITLE_2567, HEADER, ['1', 'ก', 'ม.ค. 67', 'สป.']) },
    ],
    invalid: [
      { name: 'done before it starts, still open after it ended, no status after it ended', plan: plan(REPORT, COLUMNS, ['1', 'พ.ค. 67', 'ประชุม', 'สป.', 'ดำเนินการแล้ว'], ['2', 'ม.ค. 67', 'ลงทะเบียน', 'สป.', 'อยู่ระหว่างดำเนินการ'], ['3', 'ก.พ. 67', 'แต่งตั้งคณะทำงาน', 'สป.', '']), findings: [[4, 'warning', 'doneBeforeStart'], [5, 'warning', 'openAfterEnd'], [6, 'warning', 'noStatusAfterEnd']] },
      { name: 'statuses in a plain "หมายเหตุ" column are checked too', plan: plan(REPORT, ['ที่', 'ระยะเวลา', 'ขั้นตอน', 'หมายเหตุ'], ['1', 'ม.ค. 67', 'ลงทะเบียน', 'อยู่ระหว่างดำเนินการ'], ['2', 'ก.พ. 67', 'ประชุม', 'ดำเนินการแล้ว'], ['3', 'ก.พ. 67', 'แต่งตั้งคณะทำงาน', '']), findings: [[4, 'warning', 'openAfterEnd'], [6, 'warning', 'noStatusAfterEnd']] },
      { name: 'and in a column of any name', plan: plan(REPORT, ['ที่', 'ระยะเวลา', 'ขั้นตอน', 'ความคืบหน้า'], ['1', 'พ.ค. 67', 'ประชุม', 'ดำเนินการแล้ว'], ['2', 'ม.ค. 67', 'ลงทะเบียน', 'ดำเนินการแล้ว']), findings: [[4, 'warning', 'doneBeforeStart']] },
      { name: '--as-of moves the report date', plan: plan(REPORT, COLUMNS, ['1', 'ม.ค. - มิ.ย. 67', 'ตอบแบบวัด IIT', 'สป.', 'อยู่ระหว่างดำเนินการ']), options: { asOf: '2024-07-15' }, findings: [[4, 'warning', 'openAfterEnd']] },
    ],
  }));
