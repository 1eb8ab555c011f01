import { mkdtempSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const SEED = 'fixtures/seeds/000-samut-prakan-2565.txt';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-'));
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('ita-plan (process)', () => {
  it('prints its version and help', () => {
    const version = cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/convert \[options\] <files\.\.\.>/);
  });

  it('exits 2 on an unknown option or format', () => {
    expect(cli(['convert', SEED, '--bogus']).code).toBe(2);
    const bad = cli(['convert', SEED, '--to', 'pdf']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^ita-plan: -t, --to <format> can be json, tsv, md, .*not "pdf"$/m);
  });

  it.each([
    [['validate', SEED, '--nope'], 'ita-plan: ไม่รู้จักตัวเลือก --nope', 'ita-plan: unknown option --nope'],
    [['validate'], 'ita-plan: ขาด files: โปรดระบุไฟล์แผนอย่างน้อยหนึ่งไฟล์', 'ita-plan: missing files: give at least one plan file'],
    [['validate', SEED, '-f', 'xml'], 'ita-plan: -f, --format <format> ต้องเป็น pretty, json, github, sarif ไม่ใช่ "xml"', 'ita-plan: -f, --format <format> can be pretty, json, github, sarif, not "xml"'],
    [['frob'], 'ita-plan: ไม่รู้จักคำสั่ง "frob"', 'ita-plan: unknown command "frob"'],
    [['validate', SEED, '-o'], 'ita-plan: -o, --output <file> ต้องมีค่าตามหลัง', 'ita-plan: -o, --output <file> needs a value'],
    [['report', SEED, SEED], 'ita-plan: ระบุมากเกินไป: คำสั่ง report รับ 1', 'ita-plan: too many arguments: report takes 1'],
    [['validate', SEED, '--max-warnings', 'many'], 'ita-plan: --max-warnings ต้องเป็นจำนวนเต็ม ไม่ใช่ "many"', 'ita-plan: --max-warnings wants a whole number, not "many"'],
    [['validate', SEED, '--rule', 'nope=off'], 'ita-plan: --rule: ไม่รู้จักกฎ "nope"', 'ita-plan: --rule: unknown rule "nope"'],
    [['calendar', '--year', '2570'], 'ita-plan: ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ 2570', 'ita-plan: no NACC calendar for fiscal year 2570'],
    [['convert', 'nothing-here-*.txt'], 'ita-plan: ไม่พบไฟล์ที่ตรงกับ "nothing-here-*.txt"', 'ita-plan: no file matches "nothing-here-*.txt"'],
  ])('says the usage error of %j in Thai under a Thai locale, in English with --lang en; exit 2', (args, thai, english) => {
    const th = cli(args, { env: { LANG: 'th_TH.UTF-8' } });
    expect(th.code).toBe(2);
    expect(th.stderr.split('\n')[0]).toContain(thai);
    const en = cli([args[0], '--lang', 'en', ...args.slice(1)], { env: { LANG: 'th_TH.UTF-8' } });
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toContain(english);
  });
});

describe('ita-plan convert', () => {
  it('writes the plan model as JSON to stdout', () => {
    const r = cli(['convert', SEED]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout);
    expect(plan.activities).toHaveLength(8);
    expect(plan.fiscalYear).toEqual({ be: 2565, ce: 2022, source: 'title' });
    expect(r.stdout.split('\n').length).toBeGreaterThan(100);
  });

  it('--compact writes one line', () => {
    const r = cli(['convert', SEED, '--compact']);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--to tsv gives one row per activity with ISO dates and the original period text', () => {
    const r = cli(['convert', 'fixtures/seeds/003-chiang-mai-2567.txt', '--to', 'tsv']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(19);
    expect(lines[0].split('\t').slice(0, 6)).toEqual(['seq', 'activity', 'period_text', 'start', 'end', 'precision']);
    expect(lines[3].split('\t').slice(2, 6)).toEqual(['๑ - ๓๑ มกราคม ๒๕๖๗', '2024-01-01', '2024-01-31', 'day']);
  });

  it('--to md writes Thai labels and Buddhist-era dates under --lang th', () => {
    const r = cli(['convert', 'fixtures/seeds/004-samut-prakan-2567-progress.txt', '--to', 'md', '--lang', 'th']);
    expect(r.stdout).toContain('- ปีงบประมาณ: 2567');
    expect(r.stdout).toContain('- ข้อมูล ณ วันที่: 31 มี.ค. 2567');
    expect(r.stdout).toContain('| ที่ | กิจกรรม | ช่วงเวลา (สำนักงาน ป.ป.ช.) | ช่วงเวลา (ตามแผน) | ตรงกับวันที่ | หน่วยงานรับผิดชอบ | สถานะ |');
  });

  it('reads standard input with "-"', () => {
    const r = cli(['convert', '-', '--to', 'tsv'], { input: readFileSync(SEED) });
    expect(r.code).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(9);
  });

  it('refuses several files without -o, saying how to do it', () => {
    const r = cli(['convert', SEED, 'fixtures/seeds/003-chiang-mai-2567.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/add -o <folder>/);
    expect(r.stdout).toBe('');
  });

  it('writes one file per plan into -o, expanding a quoted glob itself', () => {
    const out = tmp();
    const r = cli(['convert', 'fixtures/seeds/*.txt', '--to', 'md', '-o', out]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(readdirSync('fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => f.replace('.txt', '.md')).sort());
  });

  it('writes a single file to -o path', () => {
    const out = path.join(tmp(), 'plan.json');
    expect(cli(['convert', SEED, '-o', out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).activities).toHaveLength(8);
  });

  it('says when a glob matches nothing', () => {
    const r = cli(['convert', 'no-such-folder/*.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no file matches "no-such-folder\/\*\.txt"/);
  });
});

describe('bad input is a one-line diagnostic with its file, exit 2, never a stack trace', () => {
  it.each([
    ['fixtures/encodings/empty.txt', /empty/],
    ['fixtures/encodings/binary.bin', /binary file/],
    ['fixtures/encodings/fake.pdf', /PDF/],
    ['fixtures/encodings/fake.docx', /\.docx/],
    ['fixtures/encodings/latin1.txt', /neither UTF-8 nor Thai/],
    ['does-not-exist.txt', /no such file/],
    ['fixtures', /folder/],
  ])('%s', (file, pattern) => {
    const r = cli(['convert', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${file.replace(/[.*]/g, '\\$&')}:1: error: `));
    expect(lines[0]).toMatch(pattern);
    noStackTrace(r.stderr);
  });

  it('refuses a file over the size limit before reading it', () => {
    const big = path.join(tmp(), 'huge.txt');
    writeFileSync(big, '');
    truncateSync(big, 65 * 1024 * 1024); // sparse: costs no disk
    const r = cli(['convert', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.txt:1: error: the file is 65 MB; the limit is 64 MB \[input\]/);
  });

  it('speaks Thai under a Thai locale', () => {
    const r = cli(['convert', 'fixtures/encodings/empty.txt'], { env: { LANG: 'th_TH.UTF-8' } });
    expect(r.stderr).toMatch(/ข้อผิดพลาด: ไฟล์ว่างเปล่า/);
  });

  it('converts a TIS-620 file and says it was decoded from Windows-874', () => {
    const r = cli(['convert', 'fixtures/encodings/tis620.txt', '--to', 'tsv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/tis620\.txt:1: info: decoded from the Thai Windows-874/);
    expect(r.stdout).toContain('ลงทะเบียนเข้าสู่ระบบ ITAS');
  });

  it('exits 1 when a document has no plan table, and reports unreadable periods with their line', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'prose.txt'), 'แผนการขับเคลื่อน ITA ปี ๒๕๖๗\nยังไม่ได้จัดทำตาราง\n');
    const none = cli(['convert', 'prose.txt'], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^prose\.txt:1: error: no table found/);
    writeFileSync(path.join(dir, 'bad.txt'), 'แผนการขับเคลื่อน ITA ปี ๒๕๖๗\n\nที่\tกิจกรรม\tระยะเวลา\n๑\tลงทะเบียน\t๓๑ เมษายน ๒๕๖๗\n');
    const bad = cli(['convert', 'bad.txt', '--to', 'tsv'], { cwd: dir });
    expect(bad.code).toBe(0);
    expect(bad.stderr).toMatch(/^bad\.txt:4: error: the period "๓๑ เมษายน ๒๕๖๗" names a day that does not exist/);
  });
});
