import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { unknownTool } from '../../src/rules/unknown-tool.js';

describe('unknown-tool', () =>
  testRule(unknownTool, {
    valid: [{ name: 'IIT, EIT, OIT, ITA, ITAS, URL, QR are fine', plan: plan(TITLE_2567, HEADER, ['1', 'ตอบแบบวัด IIT EIT OIT ของ ITA ผ่านระบบ ITAS ทาง URL หรือ QR', 'ม.ค. 67', 'สป.']) }],
    invalid: [
      { name: 'EET (seed 000) and OIL', plan: plan(TITLE_2567, HEADER, ['1', 'เก็บข้อมูลแบบวัด (EET) และ OIL', 'ม.ค. 67', 'สป.']), findings: [[4, 'warning', 'unknownTool'], [4, 'warning', 'unknownTool']] },
      { name: 'one finding per word per activity', plan: plan(TITLE_2567, HEADER, ['1', 'EET EET EET', 'ม.ค. 67', 'สป.']), findings: [[4, 'warning', 'unknownTool']] },
    ],
  }));
