import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const COMMANDS = [[], ['convert'], ['report'], ['validate'], ['calendar'], ['calendar', 'import'], ['new']];
/** English function words: a Thai help text that has them still carries an English description. */
const ENGLISH = /\b(the|of|to|for|when|or|and|a|an|with|display|output|write|read|plan|files?)\b/i;

describe('ita-plan --help', () => {
  it.each(COMMANDS)('is in Thai under a Thai locale: %j', (...command) => {
    const r = cli([...command, '--help'], { env: { LANG: 'th_TH.UTF-8' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^วิธีใช้: ita-plan/);
    expect(r.stdout).toContain('ตัวเลือก:');
    expect(r.stdout).toContain('แสดงวิธีใช้คำสั่ง');
    // Each description (the text after the flags column) is Thai: no English sentence left.
    const descriptions = r.stdout.split('\n').filter((line) => /^ {2}\S/.test(line) || /^ {10,}\S/.test(line)).map((line) => line.replace(/^ {2}\S+(?:,? \S+)*? {2,}|^ +/, ''));
    expect(descriptions.length).toBeGreaterThan(1);
    for (const text of descriptions) expect(text.replace(/"[^"]*"|\S*\.(?:json|txt|tsv|docx|md|html|xlsx)\b|ita-plan [a-z ]+/g, '')).not.toMatch(ENGLISH);
  });

  it('says choices and defaults in the user\'s language', () => {
    const th = cli(['validate', '--help', '--lang', 'th']).stdout;
    expect(th).toMatch(/รูปแบบผลลัพธ์ \(เลือกได้: pretty, json, github, sarif;\s+ค่าเริ่มต้น: pretty\)/);
    const en = cli(['validate', '--help', '--lang', 'en']).stdout;
    expect(en).toMatch(/^Usage: ita-plan validate/);
    expect(en).toMatch(/output format \(choices: pretty, json, github, sarif;\s+default: pretty\)/);
    expect(en).not.toMatch(/ตัวเลือก|วิธีใช้|เลือกได้/);
  });

  it('is in English with --lang en even under a Thai locale', () => {
    const r = cli(['calendar', 'import', '--help', '--lang', 'en'], { env: { LANG: 'th_TH.UTF-8' } });
    expect(r.stdout).toMatch(/^Usage: ita-plan calendar import/);
    expect(r.stdout).toContain("read the NACC's calendar announcement");
    expect(r.stdout).not.toContain('วิธีใช้');
  });
});
