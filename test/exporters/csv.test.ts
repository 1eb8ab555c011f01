import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { defuseFormula, planToCsv } from '../../src/exporters/csv.js';
import { parsePlan } from '../../src/parse.js';

const plan = parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt'));

describe('planToCsv', () => {
  it('starts with the UTF-8 BOM Excel needs, and keeps Thai intact byte for byte', () => {
    const bytes = Buffer.from(planToCsv(plan, { lang: 'th' }), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    expect(text.startsWith('"ที่","กิจกรรม","ช่วงเวลา (ตามแผน)"')).toBe(true);
    expect(text).toContain('"- สนจ.เชียงใหม่ - อปท. ทุกแห่ง"'.replace('- สนจ.เชียงใหม่ - อปท. ทุกแห่ง', 'สนจ.เชียงใหม่; อปท. ทุกแห่ง'));
  });

  it('parses back into one row per activity, CRLF line ends', () => {
    const csv = planToCsv(plan, { bom: false, lang: 'en' });
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).toContain('\r\n');
    const rows = Papa.parse<string[]>(csv.trim(), { header: false }).data;
    expect(rows).toHaveLength(19);
    expect(rows[3].slice(0, 5)).toEqual(['๓', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '๑ - ๓๑ มกราคม ๒๕๖๗', '2024-01-01', '2024-01-31']);
  });

  it.each([
    ['=HYPERLINK("http://x","y")', "'=HYPERLINK(\"http://x\",\"y\")"],
    ['+1+1', "'+1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['-1+2', "'-1+2"],
    ['-(1)', "'-(1)"],
    ['- สนจ.เชียงใหม่', '- สนจ.เชียงใหม่'],
    ['-สนจ.', "'-สนจ."],
    ['-cmd|\' /C calc\'!A0', "'-cmd|' /C calc'!A0"],
    ['-HYPERLINK("http://x","y")', "'-HYPERLINK(\"http://x\",\"y\")"],
    ['-a', "'-a"],
    ['--1', "'--1"],
    ['- =1+1', "'- =1+1"],
    ['- 1', "'- 1"],
    ['-', '-'],
    ['- อปท. ทุกแห่ง', '- อปท. ทุกแห่ง'],
    ['ลงทะเบียน = ITAS', 'ลงทะเบียน = ITAS'],
    ['', ''],
  ])('defuses %j as %j', (cell, expected) => {
    expect(defuseFormula(cell)).toBe(expected);
  });

  it('defuses a formula typed into a plan cell', () => {
    const evil = parsePlan('แผน ITA ปีงบประมาณ 2567\n\nที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\n1\t=cmd|"/c calc"!A1\tมกราคม 2567\t- สำนักปลัด');
    const rows = Papa.parse<string[]>(planToCsv(evil, { bom: false }).trim()).data;
    expect(rows[1][1]).toBe('\'=cmd|"/c calc"!A1');
    expect(rows[1][9]).toBe('สำนักปลัด');
  });
});

describe('planToCsv in Thai, with Buddhist-era dates', () => {
  const rows = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, '').trim(), { header: false }).data;

  it('writes the values it makes in Thai under --lang th: no "month" or "day" in any cell', () => {
    const th = rows(planToCsv(parsePlan(readFileSync('fixtures/seeds/001-roi-et-2567.txt')), { lang: 'th' }));
    const precision = th[0].indexOf('ความละเอียด');
    expect(new Set(th.slice(1).map((r) => r[precision]))).toEqual(new Set(['วัน', 'เดือน']));
    for (const cell of th.flat()) expect(cell).not.toMatch(/^(day|week|month|quarter|fiscal-year)$|^error:/);
    const broken = rows(planToCsv(parsePlan('แผน ITA ปีงบประมาณ 2567\n\nที่\tกิจกรรม\tระยะเวลา\n1\tก\tตามความเหมาะสม'), { lang: 'th' }));
    expect(broken[1][precision]).toBe('ข้อผิดพลาด: อ่านไม่ได้'); // the tool's one word for an error
    const parts = rows(planToCsv(parsePlan('แผน ITA ปีงบประมาณ 2567\n\nที่\tกิจกรรม\tระยะเวลา\n1\tก\tต้นเดือนมกราคม ๒๕๖๗'), { lang: 'th' }));
    expect(parts[1][precision]).toBe('ช่วงของเดือน');
    const en = rows(planToCsv(parsePlan(readFileSync('fixtures/seeds/001-roi-et-2567.txt')), { lang: 'en' }));
    expect(en[1][en[0].indexOf('precision')]).toMatch(/^(day|month)$/);
  });

  it('writes Buddhist-era dates in the date columns with --be-dates, ISO dates otherwise', () => {
    const be = rows(planToCsv(plan, { lang: 'th', beDates: true }));
    expect(be[3].slice(0, 5)).toEqual(['๓', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '๑ - ๓๑ มกราคม ๒๕๖๗', '1 ม.ค. 2567', '31 ม.ค. 2567']);
    expect(rows(planToCsv(plan, { lang: 'th' }))[3][3]).toBe('2024-01-01');
  });
});
