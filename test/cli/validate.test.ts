import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-v-'));
const CLEAN = 'fixtures/valid/clean-2567.txt';

describe('ita-plan validate: exit codes', () => {
  it('0 and a clean summary for a clean plan', () => {
    const r = cli(['validate', CLEAN]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no problems/);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 0 problems (0 errors, 0 warnings, 0 info) in 1 file');
  });

  it('0 with warnings only, 1 once they exceed --max-warnings', () => {
    expect(cli(['validate', 'fixtures/invalid/unknown-tool.txt']).code).toBe(0);
    const over = cli(['validate', 'fixtures/invalid/unknown-tool.txt', '--max-warnings', '1']);
    expect(over.code).toBe(1);
    expect(over.stderr).toMatch(/2 warnings exceed --max-warnings 1/);
    expect(cli(['validate', 'fixtures/invalid/unknown-tool.txt', '--max-warnings', '2']).code).toBe(0);
  });

  it('1 when any plan has an error, over a quoted glob of many files', () => {
    const r = cli(['validate', 'fixtures/seeds/*.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe('✖ 7 problems (1 error, 4 warnings, 2 info) in 5 files');
  });

  it('2 when an input cannot be read, still reporting the others', () => {
    const r = cli(['validate', CLEAN, 'fixtures/encodings/fake.pdf', '--format', 'json']);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.files.map((f: { file: string; plan: unknown }) => [f.file, f.plan === null])).toEqual([[CLEAN, false], ['fixtures/encodings/fake.pdf', true]]);
    expect(report.files[1].diagnostics[0]).toMatchObject({ ruleId: 'input', severity: 'error', line: 1 });
  });

  it('2 on usage errors: unknown rule, bad severity, bad --as-of, unknown format', () => {
    expect(cli(['validate', CLEAN, '--rule', 'no-such-rule=off']).stderr).toMatch(/unknown rule "no-such-rule"; rules are: period-unparsed/);
    expect(cli(['validate', CLEAN, '--rule', 'missing-step=loud']).code).toBe(2);
    expect(cli(['validate', CLEAN, '--as-of', 'next week']).stderr).toMatch(/--as-of wants a date/);
    expect(cli(['validate', CLEAN, '--format', 'xml']).code).toBe(2);
  });
});

describe('ita-plan validate: configuration', () => {
  it('--rule turns a rule off or re-severities it', () => {
    expect(cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt', '--rule', 'nacc-window=warn']).code).toBe(0);
    const off = cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt', '--rule', 'nacc-window=off', '--rule', 'responsible-missing=off']);
    expect(off.code).toBe(0);
    expect(off.stdout).toMatch(/no problems/);
  });

  it('reads ita-plan.config.json from the working directory', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'plan.txt'), readFileSync('fixtures/seeds/001-roi-et-2567.txt'));
    writeFileSync(path.join(dir, 'ita-plan.config.json'), JSON.stringify({ rules: { 'nacc-window': 'info', 'responsible-missing': 'off' } }));
    const r = cli(['validate', 'plan.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files[0].diagnostics.map((d: { ruleId: string; severity: string }) => [d.ruleId, d.severity])).toEqual([['nacc-window', 'info']]);
    writeFileSync(path.join(dir, 'ita-plan.config.json'), '{ "rulez": {} }');
    expect(cli(['validate', 'plan.txt'], { cwd: dir }).stderr).toMatch(/unknown setting "rulez"/);
  });

  it('warns once for a year without a calendar, still runs the other rules, and accepts --calendar', () => {
    const plain = cli(['validate', 'fixtures/invalid/calendar-missing.txt', '--format', 'json']);
    const ids = JSON.parse(plain.stdout).files[0].diagnostics.map((d: { ruleId: string }) => d.ruleId);
    expect(ids).toEqual(['calendar-missing', 'missing-step', 'unknown-tool']);
    const dir = tmp();
    const calendar = JSON.parse(readFileSync('src/calendar/data/2567.json', 'utf8'));
    calendar.fiscalYear = 2566;
    calendar.steps = [{ ...calendar.steps[0], window: { start: '2023-02-01', end: '2023-02-28', precision: 'day' }, source: 'a test calendar' }];
    writeFileSync(path.join(dir, 'nacc-2566.json'), JSON.stringify(calendar));
    const withCalendar = cli(['validate', path.resolve('fixtures/invalid/calendar-missing.txt'), '--calendar', 'nacc-2566.json', '--format', 'json'], { cwd: dir });
    const found = JSON.parse(withCalendar.stdout).files[0].diagnostics.map((d: { ruleId: string; messageId: string }) => `${d.ruleId}:${d.messageId}`);
    expect(found).toEqual(['missing-step:missingSteps', 'nacc-window:naccWindowEarly', 'unknown-tool:unknownTool']);
  });

  it('reads a calendar window written with a Buddhist-era year as one, with a notice; refuses an impossible one', () => {
    const dir = tmp();
    const calendar = JSON.parse(readFileSync('src/calendar/data/2567.json', 'utf8'));
    calendar.steps[0].window.end = '2567-01-31';
    writeFileSync(path.join(dir, 'be.json'), JSON.stringify(calendar));
    const be = cli(['validate', path.resolve(CLEAN), '--calendar', 'be.json', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(be.stderr).toBe('ita-plan: be.json: steps[0].window.end: "2567-01-31" has a Buddhist-era year: read as 31 Jan 2024 (2024-01-31)\nita-plan: checking against the NACC calendar of fiscal year 2567 from be.json (--calendar), not the built-in one\n');
    expect(be.stdout).toBe(cli(['validate', path.resolve(CLEAN), '--format', 'json'], { cwd: dir }).stdout);
    calendar.steps[0].window.end = '2024-02-30';
    writeFileSync(path.join(dir, 'bad-day.json'), JSON.stringify(calendar));
    const bad = cli(['validate', path.resolve(CLEAN), '--calendar', 'bad-day.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/steps\[0\]\.window\.end: "2024-02-30" is not a real date/);
  });

  it('explains a broken calendar file by JSON path, exit 2', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'bad.json'), JSON.stringify({ fiscalYear: 2568, steps: [{ id: 'register', name: { th: 'ก', en: 'a' }, window: { start: '2025-01-01', end: '2025-01-31', precision: 'day' }, source: 'x' }] }));
    const r = cli(['validate', path.resolve(CLEAN), '--calendar', 'bad.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the calendar bad\.json has mistakes:\n\s+steps\[0\]\.id: unknown step "register" \(steps: registration, /);
  });
});

describe('ita-plan validate: output', () => {
  it('speaks Thai under a Thai locale, with Buddhist-era dates', () => {
    const r = cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt'], { env: { LANG: 'th_TH.UTF-8' } });
    expect(r.stdout).toMatch(/ข้อผิดพลาด {2}สิ้นสุด 31 ก\.ค\. 2567 หลังช่วงเวลา/);
    expect(cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt', '--lang', 'en'], { env: { LANG: 'th_TH.UTF-8' } }).stdout).toMatch(/error {2}ends 31 Jul 2024/);
  });

  it('writes GitHub annotations and SARIF to a file', () => {
    const gh = cli(['validate', 'fixtures/seeds/000-samut-prakan-2565.txt', '--format', 'github']);
    expect(gh.stdout).toBe('::warning file=fixtures/seeds/000-samut-prakan-2565.txt,line=16,title=ita-plan unknown-tool::"EET" is not an assessment tool: did you mean EIT?\n');
    const out = path.join(tmp(), 'ita-plan.sarif');
    expect(cli(['validate', 'fixtures/seeds/*.txt', '--format', 'sarif', '-o', out]).code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).runs[0].results).toHaveLength(7);
  });

  it('reads standard input', () => {
    const r = cli(['validate', '-', '--format', 'json'], { input: readFileSync('fixtures/seeds/000-samut-prakan-2565.txt') });
    expect(JSON.parse(r.stdout).files[0]).toMatchObject({ file: '<stdin>', plan: { fiscalYear: 2565, activities: 8 } });
  });

  it('colours only on a terminal or with FORCE_COLOR, never with NO_COLOR', () => {
    expect(cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt']).stdout).not.toMatch(/\u001b\[/);
    expect(cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\u001b\[31m/);
    expect(cli(['validate', 'fixtures/seeds/001-roi-et-2567.txt', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\u001b\[/);
  });

  it('--as-of refuses impossible dates in the user\'s language, and reads a Buddhist-era year with a notice', () => {
    for (const date of ['2024-02-30', '2024-13-45']) {
      const r = cli(['validate', CLEAN, '--as-of', date, '--lang', 'en']);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`"${date}" is not a real date`);
      expect(cli(['validate', CLEAN, '--as-of', date, '--lang', 'th']).stderr).toContain(`"${date}" ไม่ใช่วันที่ที่มีอยู่จริง`);
    }
    const be = cli(['validate', 'fixtures/seeds/004-samut-prakan-2567-progress.txt', '--as-of', '2567-07-15', '--format', 'json', '--lang', 'en']);
    const ce = cli(['validate', 'fixtures/seeds/004-samut-prakan-2567-progress.txt', '--as-of', '2024-07-15', '--format', 'json', '--lang', 'en']);
    expect(be.stderr).toContain('"2567-07-15" has a Buddhist-era year: read as 15 Jul 2024 (2024-07-15)');
    expect(ce.stderr).toBe('');
    expect(be.stdout).toBe(ce.stdout);
    expect(cli(['validate', CLEAN, '--as-of', '2570-03-31', '--lang', 'th']).stderr).toContain('เขียนปีเป็น พ.ศ. จึงอ่านเป็น 31 มี.ค. 2570 (2027-03-31)');
  });

  it('uses --as-of for a progress report', () => {
    const r = cli(['validate', 'fixtures/seeds/004-samut-prakan-2567-progress.txt', '--as-of', '15 กรกฎาคม 2567', '--format', 'json']);
    const ids = JSON.parse(r.stdout).files[0].diagnostics.map((d: { ruleId: string; activity: number }) => `${d.ruleId}#${d.activity}`);
    expect(ids).toEqual(['responsible-missing#null', 'progress-status#3', 'progress-status#4', 'progress-status#5', 'progress-status#6']);
  });
});

describe('ita-plan calendar', () => {
  it('prints a year in Thai with Buddhist-era dates', () => {
    const r = cli(['calendar', '--year', '2567', '--lang', 'th']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ปฏิทินการประเมิน ITA ของ ป\.ป\.ช\. ปีงบประมาณ 2567/);
    expect(r.stdout).toMatch(/ตอบและอนุมัติแบบวัด OIT\s+1 ม\.ค\. 2567 – 30 เม\.ย\. 2567/);
  });

  it('prints JSON that is a valid --calendar file', () => {
    const r = cli(['calendar', '--year', '2565', '--format', 'json']);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync('src/calendar/data/2565.json', 'utf8')));
  });

  it('says plainly when a year is not known, exit 2', () => {
    const r = cli(['calendar', '--year', '2566']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no NACC calendar for fiscal year 2566 \(built in: 2564, 2565, 2567\): import the NACC's announcement with: ita-plan calendar import FILE/);
  });
});

describe('ita-plan validate on many files', () => {
  it('gives the same report, in the same order, on worker threads as on one thread', () => {
    const dir = tmp();
    const seeds = ['000-samut-prakan-2565', '001-roi-et-2567', '002-samut-prakan-2567-measures', '003-chiang-mai-2567', '004-samut-prakan-2567-progress'].map((s) => readFileSync(`fixtures/seeds/${s}.txt`));
    for (let i = 0; i < 240; i++) writeFileSync(path.join(dir, `plan-${String(i).padStart(3, '0')}.txt`), seeds[i % seeds.length]);
    writeFileSync(path.join(dir, 'plan-999.txt'), ''); // one unreadable file among them
    const run = (workers: string) => cli(['validate', '*.txt', '--format', 'json'], { cwd: dir, env: { ITA_PLAN_WORKERS: workers } });
    const one = run('1');
    const two = run('2');
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.stdout).toBe(one.stdout);
    const report = JSON.parse(two.stdout);
    expect(report.summary).toEqual({ files: 241, errors: 48 + 1, warnings: 48 * 4, infos: 48 * 2 });
    expect(report.files.map((f: { file: string }) => f.file).slice(0, 3)).toEqual(['plan-000.txt', 'plan-001.txt', 'plan-002.txt']);
    // SARIF and coloured pretty output, written in parts by the threads: the same as on one thread.
    for (const args of [['--format', 'sarif'], ['--lang', 'th']]) {
      const [a, b] = ['1', '2'].map((workers) => cli(['validate', '*.txt', ...args], { cwd: dir, env: { ITA_PLAN_WORKERS: workers, FORCE_COLOR: '1' } }));
      expect(b.stdout).toBe(a.stdout);
      expect(b.stdout).toMatch(args[0] === '--lang' ? /\u001b\[31mข้อผิดพลาด/ : /"ruleId": "nacc-window"/);
    }
  });

  it('writes a long report into a pipe that is closed early without an error (ita-plan … | head)', () => {
    const dir = tmp();
    const seed = readFileSync('fixtures/seeds/001-roi-et-2567.txt');
    for (let i = 0; i < 250; i++) writeFileSync(path.join(dir, `plan-${String(i).padStart(3, '0')}.txt`), seed);
    const bin = path.resolve('bin/ita-plan.js');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" validate '*.txt' --lang th | head -c 100; echo "exit \${PIPESTATUS[0]}" >&2`], { cwd: dir, encoding: 'utf8' });
    expect(Buffer.byteLength(r.stdout)).toBe(100);
    expect(r.stderr).toBe('exit 1\n'); // the findings' exit code, and no error about the closed pipe
  });
});
