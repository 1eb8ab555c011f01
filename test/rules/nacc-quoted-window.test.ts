import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { naccQuotedWindow } from '../../src/rules/nacc-quoted-window.js';

const REPORT = 'รายงานผลการดำเนินการตามแผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (รอบ ๖ เดือน)';
const COLUMNS = ['ที่', 'ช่วงระยะเวลา (สำนักงาน ป.ป.ช.)', 'ช่วงระยะเวลา (จังหวัด)', 'ขั้นตอน', 'ผู้รับผิดชอบ'];

describe('nacc-quoted-window', () =>
  testRule(naccQuotedWindow, {
    valid: [
      { name: 'the quoted window is the calendar\'s and the own period lies inside', plan: plan(REPORT, COLUMNS, ['1', '1 - 31 ม.ค. 67', '10 - 20 ม.ค. 67', 'การลงทะเบียนเข้าสู่ระบบ ITAS', 'สนจ.']) },
      { name: 'no quoted column, nothing to compare', plan: plan(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '1 - 31 ม.ค. 67', 'สำนักปลัด']) },
    ],
    invalid: [
      { name: 'quoted window differs from the calendar', plan: plan(REPORT, COLUMNS, ['1', '1 ม.ค. - 30 มิ.ย. 67', '1 ม.ค. - 30 เม.ย. 67', 'การตอบและอนุมัติแบบวัด OIT', 'สนจ.']), findings: [[4, 'error', 'quotedMismatch']] },
      { name: 'own period outside the quoted one', plan: plan(REPORT, COLUMNS, ['1', '1 - 31 ม.ค. 67', '1 - 15 ก.พ. 67', 'การลงทะเบียนเข้าสู่ระบบ ITAS', 'สนจ.']), findings: [[4, 'error', 'quotedOwnOutside']] },
    ],
  }));
