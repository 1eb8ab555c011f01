import { describe } from 'vitest';
import { HEADER, TITLE_2567, plan, testRule } from './rule-tester.js';
import { periodImpossible } from '../../src/rules/period-impossible.js';
import { periodInverted } from '../../src/rules/period-inverted.js';
import { periodUnparsed } from '../../src/rules/period-unparsed.js';

const ok = plan(TITLE_2567, HEADER, ['1', 'ก', '๒๙ กุมภาพันธ์ ๒๕๖๗', 'สป.']);

describe('period-unparsed', () =>
  testRule(periodUnparsed, {
    valid: [{ name: 'a readable period', plan: ok }],
    invalid: [
      { name: 'text that is not a period', plan: plan(TITLE_2567, HEADER, ['1', 'ก', 'ตามความเหมาะสม', 'สป.']), findings: [[4, 'error', 'period-unparsed']] },
      { name: 'an activity with no period', plan: plan(TITLE_2567, HEADER, ['1', 'ก', 'ม.ค. 67', 'สป.'], ['2', 'ข', '', 'สป.']), findings: [[5, 'error', 'period-empty']] },
    ],
  }));

describe('period-impossible', () =>
  testRule(periodImpossible, {
    valid: [{ name: '29 February 2567 exists (2024 is a leap year)', plan: ok }],
    invalid: [{ name: '29 February 2566 does not', plan: plan(TITLE_2567, HEADER, ['1', 'ก', '๒๙ กุมภาพันธ์ ๒๕๖๖', 'สป.']), findings: [[4, 'error', 'period-impossible-date']] }],
  }));

describe('period-inverted', () =>
  testRule(periodInverted, {
    valid: [{ name: 'November to January crosses New Year', plan: plan(TITLE_2567, HEADER, ['1', 'ก', 'พฤศจิกายน - มกราคม ๒๕๖๗', 'สป.']) }],
    invalid: [{ name: 'ends before it starts', plan: plan(TITLE_2567, HEADER, ['1', 'ก', '๓๐ - ๑ มิถุนายน ๒๕๖๗', 'สป.']), findings: [[4, 'error', 'period-inverted']] }],
  }));
