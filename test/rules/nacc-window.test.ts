import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { naccWindow } from '../../src/rules/nacc-window.js';

describe('nacc-window', () =>
  testRule(naccWindow, {
    valid: [
      { name: 'registration inside its window', plan: plan(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '1 - 31 ม.ค. 67', 'สำนักปลัด']) },
      { name: 'a month-precision period is compared by month ("มกราคม – กรกฎาคม" for a window ending 1 July)', plan: plan(TITLE_2567, HEADER, ['1', 'ดำเนินการประเมินตามแบบ IIT', 'มกราคม – กรกฎาคม ๒๕๖๗', 'สำนักปลัด']) },
      { name: 'unrelated activities are not checked', plan: plan(TITLE_2567, HEADER, ['1', 'อบรมคุณธรรมจริยธรรม', 'กันยายน ๒๕๖๗', 'กองการศึกษา']) },
      { name: 'an activity about last year is not matched to this year', plan: plan(TITLE_2567, HEADER, ['1', 'ประกาศผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖', 'ตุลาคม ๒๕๖๖', 'สำนักปลัด']) },
      { name: 'no calendar rule without a calendar (FY 2566)', plan: plan('แผนการขับเคลื่อน ITA ปีงบประมาณ ๒๕๖๖', HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', 'ธันวาคม ๒๕๖๕', 'สำนักปลัด']) },
    ],
    invalid: [
      { name: 'registration that starts before the window opens', plan: plan(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '15 ธ.ค. 66 - 15 ม.ค. 67', 'สำนักปลัด']), findings: [[4, 'error', 'naccWindowEarly']] },
      { name: 'OIT answers running past 30 April, and clarification in May', plan: plan(TITLE_2567, HEADER, ['1', 'ตอบแบบวัด OIT', 'ม.ค. - พ.ค. 67', 'สำนักปลัด'], ['2', 'ชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม', '20 - 31 พ.ค. 67', 'สำนักปลัด']), findings: [[4, 'error', 'naccWindowLate'], [5, 'error', 'naccWindowEarly']] },
      { name: 'publicity for a closed step is a warning', plan: plan(TITLE_2567, HEADER, ['1', 'ประชาสัมพันธ์ช่องทางการตอบแบบวัด OIT', 'เมษายน - พฤษภาคม ๒๕๖๗', 'สำนักปลัด']), findings: [[4, 'warning', 'naccWindowSupportLate']] },
      { name: 're-severitied by configuration', plan: plan(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', 'กุมภาพันธ์ ๒๕๖๗', 'สำนักปลัด']), options: { rules: { 'nacc-window': 'warning' } }, findings: [[4, 'warning', 'naccWindowLate']] },
    ],
  }));
