import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { responsibleMissing } from '../../src/rules/responsible-missing.js';

describe('responsible-missing', () =>
  testRule(responsibleMissing, {
    valid: [{ name: 'every activity has a unit', plan: plan(TITLE_2567, HEADER, ['1', 'ก', 'ม.ค. 67', 'สำนักปลัด']) }],
    invalid: [
      { name: 'an empty cell', plan: plan(TITLE_2567, HEADER, ['1', 'ก', 'ม.ค. 67', 'สำนักปลัด'], ['2', 'ข', 'ก.พ. 67', '']), findings: [[5, 'warning', 'responsibleEmpty']] },
      { name: 'no column at all: once for the table', plan: plan(TITLE_2567, ['ที่', 'กิจกรรม', 'ระยะเวลา'], ['1', 'ก', 'ม.ค. 67'], ['2', 'ข', 'ก.พ. 67']), findings: [[3, 'warning', 'noResponsibleColumn']] },
    ],
  }));
