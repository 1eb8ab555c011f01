import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { bahtText } from '../../src/rules/baht-text.js';

const COLUMNS = ['ที่', 'โครงการ', 'ระยะเวลา', 'งบประมาณ', 'ผู้รับผิดชอบ'];

describe('baht-text', () =>
  testRule(bahtText, {
    valid: [
      { name: 'digits and words agree', plan: plan(TITLE_2567, COLUMNS, ['1', 'อบรม', 'มี.ค. 67', '๑๒,๕๐๐ บาท (หนึ่งหมื่นสองพันห้าร้อยบาทถ้วน)', 'สป.']) },
      { name: 'words without ถ้วน, and amounts without words', plan: plan(TITLE_2567, COLUMNS, ['1', 'อบรม', 'มี.ค. 67', '21 บาท (ยี่สิบเอ็ดบาท)', 'สป.'], ['2', 'ป้าย', 'มี.ค. 67', '5,000', 'สป.']) },
    ],
    invalid: [{ name: 'digits and words disagree', plan: plan(TITLE_2567, COLUMNS, ['1', 'อบรม', 'มี.ค. 67', '๒๐,๐๐๐ บาท (สองหมื่นห้าพันบาทถ้วน)', 'สป.']), findings: [[4, 'error', 'bahtTextMismatch']] }],
  }));
