import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { missingStep } from '../../src/rules/missing-step.js';

describe('missing-step', () =>
  testRule(missingStep, {
    valid: [
      { name: 'registration and the three tools named', plan: plan(TITLE_2567, HEADER, ['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', 'ม.ค. 67', 'สป.'], ['2', 'ตอบแบบวัด IIT EIT และ OIT', 'ม.ค. - เม.ย. 67', 'สป.']) },
      { name: 'progress reports are not drive plans', plan: plan('รายงานผลการดำเนินการ ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ (รอบ ๖ เดือน)', HEADER, ['1', 'ประชุมคณะทำงาน', 'ม.ค. 67', 'สป.']) },
    ],
    invalid: [
      { name: 'only meetings', plan: plan(TITLE_2567, HEADER, ['1', 'ประชุมคณะทำงาน', 'ม.ค. 67', 'สป.']), findings: [[3, 'warning', 'missingSteps']] },
      { name: 'turned off in configuration', plan: plan(TITLE_2567, HEADER, ['1', 'ประชุมคณะทำงาน', 'ม.ค. 67', 'สป.']), options: { rules: { 'missing-step': 'off' } }, findings: [] },
    ],
  }));
