import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { seqNumbering } from '../../src/rules/seq-numbering.js';

describe('seq-numbering', () =>
  testRule(seqNumbering, {
    valid: [
      { name: '1, 2, 3', plan: plan(TITLE_2567, HEADER, ['๑', 'ก', 'ม.ค. 67', 'สป.'], ['๒', 'ข', 'ก.พ. 67', 'สป.'], ['๓', 'ค', 'มี.ค. 67', 'สป.']) },
      { name: 'numbering restarts in a second table', plan: [plan(TITLE_2567, HEADER, ['1', 'ก', 'ม.ค. 67', 'สป.']), '', 'ตารางที่ ๒', '', ['ลำดับ', 'โครงการ', 'ช่วงเวลา', 'ผู้รับผิดชอบ'].join('\t'), ['1', 'ข', 'ก.พ. 67', 'สป.'].join('\t')].join('\n') },
    ],
    invalid: [
      { name: 'duplicate, gap, out of order', plan: plan(TITLE_2567, HEADER, ['1', 'ก', 'ม.ค. 67', 'สป.'], ['1', 'ข', 'ม.ค. 67', 'สป.'], ['3', 'ค', 'ม.ค. 67', 'สป.'], ['2', 'ง', 'ม.ค. 67', 'สป.']), findings: [[5, 'warning', 'seqDuplicate'], [6, 'warning', 'seqSkipped'], [7, 'warning', 'seqOutOfOrder']] },
      { name: 'not starting at 1', plan: plan(TITLE_2567, HEADER, ['2', 'ก', 'ม.ค. 67', 'สป.']), findings: [[4, 'warning', 'seqSkipped']] },
    ],
  }));
