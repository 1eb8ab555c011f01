import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STEP_IDS } from '../../src/ita/steps.js';
import { cli } from '../cli/run-cli.js';

const PLAN = path.resolve('fixtures/plans-2570/plan-2570.txt');
const step = { id: 'registration', name: { th: 'ลงทะเบียน', en: 'registration' }, window: '๑ – ๓๑ ม.ค. ๒๕๗๐', source: 'ประกาศ ป.ป.ช.' };

/**
 * Broken calendar files as officers write them by hand, each with the lines `validate --calendar`
 * must print: the JSON path, then the mistake in Thai (--lang th) and in English (--lang en).
 */
const BROKEN: Array<{ name: string; text: string; th: string[]; en: string[] }> = [
  {
    name: 'cut-off.json', text: '{ "fiscalYear": 2570, "steps": [\n  { "id": "registration"',
    th: ['(ราก): ไม่ใช่ JSON ที่ถูกต้อง: ไฟล์จบก่อนที่ JSON จะครบ (ขาดวงเล็บหรือเครื่องหมายคำพูดปิด)'],
    en: ['(root): not valid JSON: the file ends before the JSON does (a closing bracket or quote is missing)'],
  },
  {
    name: 'comma.json', text: '{\n  "fiscalYear": 2570,\n  "steps": [],\n}\n',
    th: ['(ราก): ไม่ใช่ JSON ที่ถูกต้อง: ผิดที่บรรทัด 4 อักขระที่ 1 (ใกล้ "}")'],
    en: ['(root): not valid JSON: a mistake at line 4, character 1 (near "}")'],
  },
  {
    name: 'list.json', text: JSON.stringify([step]),
    th: ['(ราก): ต้องเป็นออบเจกต์ JSON { … } แต่เขียนไว้เป็น [{"id":"registration",'],
    en: ['(root): must be a JSON object { … }, not [{"id":"registration",'],
  },
  {
    name: 'wrong-type.json', text: JSON.stringify({ fiscalYear: 2570, steps: [{ ...step, name: 'ลงทะเบียน', window: { start: 20270101, end: '2027-01-31' } }] }),
    th: ['steps[0].name: ต้องเป็นออบเจกต์ JSON { … } แต่เขียนไว้เป็น "ลงทะเบียน"', 'steps[0].window.start: ต้องเป็นข้อความในเครื่องหมายคำพูด " " แต่เขียนไว้เป็น 20270101'],
    en: ['steps[0].name: must be a JSON object { … }, not "ลงทะเบียน"', 'steps[0].window.start: must be text in quotes " ", not 20270101'],
  },
  {
    name: 'missing.json', text: JSON.stringify({ fiscalYear: 2570, steps: [{ id: 'registration', window: step.window }] }),
    th: ['steps[0].name: ขาดค่า "name"', 'steps[0].source: ขาดค่า "source"'],
    en: ['steps[0].name: "name" is missing', 'steps[0].source: "source" is missing'],
  },
  {
    name: 'no-steps.json', text: JSON.stringify({ fiscalYear: 2570 }),
    th: ['steps: ขาดค่า "steps"'],
    en: ['steps: "steps" is missing'],
  },
  {
    name: 'year.json', text: JSON.stringify({ fiscalYear: 'ปีนี้', steps: [step] }),
    th: ['fiscalYear: ปีงบประมาณ "ปีนี้" ไม่ใช่ปี พ.ศ. (เช่น ๒๕๗๐)'],
    en: ['fiscalYear: fiscal year "ปีนี้" is not a Buddhist-era year (such as 2570)'],
  },
  {
    name: 'window.json', text: JSON.stringify({ fiscalYear: 2570, steps: [{ ...step, window: 'ต้นปี' }] }),
    th: ['steps[0].window: อ่านช่วงเวลา "ต้นปี" ไม่ได้ (เขียนเช่น "๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐")'],
    en: ['steps[0].window: cannot read the window "ต้นปี" (write e.g. "๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐")'],
  },
  {
    name: 'precision.json', text: JSON.stringify({ fiscalYear: 2570, steps: [{ ...step, window: { start: '2027-01-01', end: '2027-01-31', precision: 'week' } }] }),
    th: ['steps[0].window.precision: ค่า "week" ใช้ไม่ได้ (ใช้ได้: "day", "month")'],
    en: ['steps[0].window.precision: "week" is not allowed (allowed: "day", "month")'],
  },
  {
    name: 'inverted.json', text: JSON.stringify({ fiscalYear: 2570, steps: [{ ...step, window: { start: '๓๑ ม.ค. ๒๕๗๐', end: '๑ ม.ค. ๒๕๗๐' } }] }),
    th: ['steps[0].window.end: ช่วงเวลาสิ้นสุด (1 ม.ค. 2570) ก่อนเริ่ม (31 ม.ค. 2570)'],
    en: ['steps[0].window.end: the window ends (1 Jan 2027) before it starts (31 Jan 2027)'],
  },
  {
    name: 'outside.json', text: JSON.stringify({ fiscalYear: 2570, steps: [{ ...step, window: { start: '2027-01-01', end: '2027-10-31' } }] }),
    th: ['steps[0].window.end: 31 ต.ค. 2570 อยู่นอกปีงบประมาณ 2570 (1 ต.ค. 2569 – 30 ก.ย. 2570)'],
    en: ['steps[0].window.end: 31 Oct 2027 is outside fiscal year 2570 (1 Oct 2026 – 30 Sept 2027)'],
  },
  {
    name: 'step.json', text: JSON.stringify({ fiscalYear: 2570, steps: [{ ...step, id: 'register' }] }),
    th: [`steps[0].id: ไม่รู้จักขั้นตอน "register" (ขั้นตอนที่มี: ${STEP_IDS.join(', ')})`],
    en: [`steps[0].id: unknown step "register" (steps: ${STEP_IDS.join(', ')})`],
  },
];

describe('every calendar error reads in the user\'s language, with its JSON path', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ita-plan-calendar-errors-'));
  for (const b of BROKEN) writeFileSync(path.join(dir, b.name), b.text);

  for (const b of BROKEN) {
    it(`${b.name}: Thai under --lang th, English under --lang en, exit 2`, () => {
      for (const lang of ['th', 'en'] as const) {
        const r = cli(['validate', PLAN, '--calendar', b.name, '--lang', lang], { cwd: dir });
        expect(r.code).toBe(2);
        expect(r.stdout).toBe('');
        const [head, ...lines] = r.stderr.trimEnd().split('\n');
        expect(head).toBe(lang === 'th' ? `ita-plan: ไฟล์ปฏิทิน ${b.name} มีข้อผิดพลาด:` : `ita-plan: the calendar ${b.name} has mistakes:`);
        const wanted = b[lang];
        expect(lines).toHaveLength(wanted.length);
        wanted.forEach((w, i) => expect(lines[i].startsWith(`  ${w}`), `${lines[i]}\n  wanted: ${w}`).toBe(true));
        if (lang === 'th') {
          // Past the JSON path, no English word: only what the file itself says ("…", {…}, […]) and the step ids to write.
          for (const line of lines) {
            const words = line.replace(/^\s*\S+: /, '').replace(/"[^"]*"|\{[^}]*\}?|\[[^\]]*\]?/g, '').replace(new RegExp(`\\b(JSON|${[...STEP_IDS].sort((a, b) => b.length - a.length).join('|')})\\b`, 'g'), '');
            expect(words, line).not.toMatch(/[A-Za-z]{2,}/);
          }
        }
      }
    });
  }
});
