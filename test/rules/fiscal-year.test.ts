import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { fiscalYear } from '../../src/rules/fiscal-year.js';

describe('fiscal-year', () =>
  testRule(fiscalYear, {
    valid: [{ name: 'October 2566 to September 2567 is fiscal year 2567', plan: plan(TITLE_2567, HEADER, ['1', 'ประชุมคณะทำงาน', 'ตุลาคม ๒๕๖๖', 'สำนักปลัด'], ['2', 'สรุปผล', 'กันยายน ๒๕๖๗', 'สำนักปลัด']) }],
    invalid: [
      { name: 'an activity in the next fiscal year', plan: plan(TITLE_2567, HEADER, ['1', 'จัดทำแผนปีถัดไป', 'ตุลาคม ๒๕๖๗', 'สำนักปลัด']), findings: [[4, 'warning', 'outsideFiscalYear']] },
      { name: "last year's results before the year starts: info, not a warning", plan: plan(TITLE_2567, HEADER, ['1', 'ทบทวนผลการประเมิน ITA ปี ๒๕๖๖', 'กันยายน ๒๕๖๖', 'สำนักปลัด']), findings: [[4, 'info', 'outsideFiscalYearOtherYear']] },
    ],
  }));
