import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { stepOrder } from '../../src/rules/step-order.js';

describe('step-order', () =>
  testRule(stepOrder, {
    valid: [
      { name: 'steps in NACC order', plan: plan(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', 'มกราคม ๒๕๖๗', 'สป.'], ['2', 'ตอบแบบวัด OIT', 'ม.ค. - เม.ย. 67', 'สป.'], ['3', 'ชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม', '6 - 18 มิ.ย. 67', 'สป.']) },
      { name: 'overlapping steps are not out of order', plan: plan(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '1 - 31 ม.ค. 67', 'สป.'], ['2', 'ตอบแบบวัด OIT', '1 ม.ค. - 30 เม.ย. 67', 'สป.']) },
    ],
    invalid: [
      { name: 'clarification scheduled before scoring', plan: plan(TITLE_2567, HEADER, ['1', 'ตรวจสอบและให้คะแนน OIT โดยผู้ประเมิน', '1 พ.ค. - 5 มิ.ย. 67', 'ป.ป.ช.'], ['2', 'ชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม', '1 - 15 เม.ย. 67', 'สป.']), findings: [[5, 'error', 'stepOutOfOrder']] },
      { name: 'collection before registration', plan: plan(TITLE_2567, HEADER, ['1', 'เก็บข้อมูลแบบวัด IIT', '1 - 10 ม.ค. 67', 'สป.'], ['2', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '20 - 31 ม.ค. 67', 'สป.']), findings: [[4, 'error', 'stepOutOfOrder']] },
    ],
  }));
