import { closeSync, copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

/**
 * The CLI attacked as a hostile user and a broken disk would (issue 15): each case failed once.
 * Every failure must be one line in the user's language with exit 2 (or a finding), never an
 * "internal error", a replaced file or a control character reaching the terminal.
 */
const SEED = 'fixtures/seeds/003-chiang-mai-2567.txt';
const ANNOUNCEMENT = 'fixtures/announcements/2570-table.txt';
const tmp = () => mkdtempSync(path.join(tmpdir(), 'ita-plan-attack-'));
const lines = (text: string) => text.split('\n').filter((l) => l.trim() !== '');
/** ESC, BEL, a C1 CSI and a right-to-left override: what may never reach a terminal raw. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u001b\u0007\u009b\u202e]/;
const HOSTILE = 'x\u001b]0;pwn\u0007\u001b[2J\u202egnp.\u009b31m';

/** One line on stderr, exit 2, in the language asked for. */
function expectOneLine(r: { code: number | null; stderr: string }, pattern: RegExp) {
  expect(r.stderr).not.toMatch(/internal error|ข้อผิดพลาดภายใน|\n\s+at /);
  expect(r.code).toBe(2);
  expect(lines(r.stderr)).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
}

/** A folder with a calendar for 2570 imported into its own config folder (the env to pass). */
function withCalendar2570(): { dir: string; env: Record<string, string> } {
  const dir = tmp();
  const env = { XDG_CONFIG_HOME: path.join(dir, 'config') };
  copyFileSync(ANNOUNCEMENT, path.join(dir, 'ann.txt'));
  expect(cli(['calendar', 'import', 'ann.txt', '--lang', 'en'], { cwd: dir, env }).code).toBe(0);
  return { dir, env };
}

describe('settings files nested 100,000 deep', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);

  it('a calendar file is a mistake with its path, not a stack overflow', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'cal.json'), deep);
    for (const lang of ['en', 'th']) {
      const r = cli(['validate', path.resolve(SEED), '--calendar', 'cal.json', '--lang', lang], { cwd: dir });
      expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
      expect(r.code).toBe(2);
      expect(r.stderr.length).toBeLessThan(2000);
    }
    writeFileSync(path.join(dir, 'cal.json'), `{"fiscalYear":2570,"steps":[{"id":${deep},"name":"x","window":${deep},"source":"z"}]}`);
    const r = cli(['validate', path.resolve(SEED), '--calendar', 'cal.json', '--lang', 'en'], { cwd: dir });
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(r.code).toBe(2);
  });

  it('a config whose rule setting is an array is a usage error', () => {
    const dir = tmp();
    writeFileSync(path.join(dir, 'ita-plan.config.json'), `{"rules":{"missing-step":${deep}}}`);
    expectOneLine(cli(['validate', path.resolve(SEED), '--lang', 'en'], { cwd: dir }), /rule "missing-step" can be off, info, warn or error/);
    expectOneLine(cli(['validate', path.resolve(SEED), '--lang', 'th'], { cwd: dir }), /กฎ "missing-step" ตั้งได้เป็น/);
  });
});

describe('writing files that are already there', () => {
  it('new --year -o onto an existing plan refuses and keeps it', () => {
    const { dir, env } = withCalendar2570();
    for (const name of ['plan.txt', 'plan.docx', 'plan.md', 'plan.xlsx']) {
      const file = path.join(dir, name);
      copyFileSync(SEED, file);
      const before = readFileSync(file);
      expectOneLine(cli(['new', '--year', '2570', '-o', name, '--lang', 'en'], { cwd: dir, env }), /already exists/);
      expectOneLine(cli(['new', '--year', '2570', '-o', name, '--lang', 'th'], { cwd: dir, env }), /มีไฟล์ plan\.\w+ อยู่แล้ว/);
      expect(readFileSync(file).equals(before)).toBe(true);
    }
    // a new name is written as before
    expect(cli(['new', '--year', '2570', '-o', 'fresh.txt', '--lang', 'en'], { cwd: dir, env }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'fresh.txt'), 'utf8')).toMatch(/ประจำปีงบประมาณ พ\.ศ\. ๒๕๗๐/);
  });

  it('calendar --template onto an existing file (the announcement itself) refuses and keeps it', () => {
    const dir = tmp();
    copyFileSync(ANNOUNCEMENT, path.join(dir, 'ann.txt'));
    const before = readFileSync(path.join(dir, 'ann.txt'));
    expectOneLine(cli(['calendar', '--year', '2570', '--template', 'ann.txt', '--lang', 'en'], { cwd: dir }), /ann\.txt already exists/);
    expect(readFileSync(path.join(dir, 'ann.txt')).equals(before)).toBe(true);
  });

  it('calendar import -o onto the announcement says it is the input, not that it is a bad calendar', () => {
    const dir = tmp();
    copyFileSync(ANNOUNCEMENT, path.join(dir, 'ann.txt'));
    const before = readFileSync(path.join(dir, 'ann.txt'));
    for (const out of ['ann.txt', './ann.txt', path.join(dir, 'ann.txt')]) {
      expectOneLine(cli(['calendar', 'import', 'ann.txt', '-o', out, '--lang', 'en'], { cwd: dir }), /would overwrite the input ann\.txt/);
    }
    expect(readFileSync(path.join(dir, 'ann.txt')).equals(before)).toBe(true);
  });

  it('calendar import -o onto a folder, a full disk or a plan says what is wrong with the output', () => {
    const dir = tmp();
    copyFileSync(ANNOUNCEMENT, path.join(dir, 'ann.txt'));
    mkdirSync(path.join(dir, 'folder'));
    copyFileSync(SEED, path.join(dir, 'plan.txt'));
    const before = readFileSync(path.join(dir, 'plan.txt'));
    expectOneLine(cli(['calendar', 'import', 'ann.txt', '-o', 'folder', '--lang', 'en'], { cwd: dir }), /folder is a folder: give a file name for the output/);
    if (existsSync('/dev/full')) expectOneLine(cli(['calendar', 'import', 'ann.txt', '-o', '/dev/full', '--lang', 'en'], { cwd: dir }), /the disk is full/);
    expectOneLine(cli(['calendar', 'import', 'ann.txt', '-o', 'plan.txt', '--lang', 'en'], { cwd: dir }), /plan\.txt is not a calendar file/);
    expect(readFileSync(path.join(dir, 'plan.txt')).equals(before)).toBe(true);
  });
});

describe('outputs into places that cannot hold them', () => {
  it.runIf(existsSync('/proc/self'))('-o into /proc says it cannot be written there, not that /proc is missing', () => {
    const r = cli(['convert', path.resolve(SEED), '--to', 'json', '-o', '/proc/ita-plan.json', '--lang', 'en']);
    expectOneLine(r, /cannot write \/proc\/ita-plan\.json: no permission to write there/);
  });

  it('-o through a symlink loop is refused and the link left as it was', () => {
    const dir = tmp();
    symlinkSync('b.json', path.join(dir, 'a.json'));
    symlinkSync('a.json', path.join(dir, 'b.json'));
    expectOneLine(cli(['convert', path.resolve(SEED), '--to', 'json', '-o', 'a.json', '--lang', 'en'], { cwd: dir }), /a\.json: a symbolic link that leads to itself/);
    expect(lstatSync(path.join(dir, 'a.json')).isSymbolicLink()).toBe(true);
  });
});

describe('control characters in file names never reach the terminal', () => {
  it('report, calendar import, calendar --year, --template and new', () => {
    const dir = tmp();
    const env = { XDG_CONFIG_HOME: path.join(dir, 'config') };
    copyFileSync('fixtures/seeds/001-roi-et-2567.txt', path.join(dir, `${HOSTILE}.txt`));
    copyFileSync(ANNOUNCEMENT, path.join(dir, `${HOSTILE}-ann.txt`));
    const runs = [
      ['report', `${HOSTILE}.txt`],
      ['report', `${HOSTILE}.txt`], // the second replaces the page and says so
      ['calendar', 'import', `${HOSTILE}-ann.txt`],
      ['calendar', '--year', '2570'],
      ['calendar', '--year', '2570', '--template', `${HOSTILE}-form.txt`],
      ['new', '--year', '2570', '-o', `${HOSTILE}-new.txt`],
      ['validate', `${HOSTILE}.txt`, '--lang', HOSTILE],
    ];
    for (const args of runs) {
      const r = cli([...args, '--lang', 'en'], { cwd: dir, env });
      expect(r.stderr + r.stdout, args.join(' ')).not.toMatch(RAW_CONTROL);
      expect(r.stderr + r.stdout, args.join(' ')).toMatch(/\\x1b|\\u202e/);
    }
  });

  it('JSON reports write C1 controls and bidirectional overrides as \\u escapes (the same JSON value)', () => {
    const dir = tmp();
    copyFileSync('fixtures/seeds/001-roi-et-2567.txt', path.join(dir, `${HOSTILE}.txt`));
    const r = cli(['validate', `${HOSTILE}.txt`, '-f', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(r.stdout).files[0].file).toBe(`${HOSTILE}.txt`);
  });
});

describe('every message in both languages', () => {
  it('--max-warnings exceeded is said in Thai under a Thai locale', () => {
    const th = cli(['validate', SEED, '--max-warnings', '0', '--rule', 'fiscal-year=warn'], { env: { LANG: 'th_TH.UTF-8' } });
    expect(th.code).toBe(1);
    expect(th.stderr).toMatch(/คำเตือน .*เกิน --max-warnings 0/);
    const en = cli(['validate', SEED, '--max-warnings', '0', '--rule', 'fiscal-year=warn', '--lang', 'en']);
    expect(en.stderr).toMatch(/warnings exceed --max-warnings 0/);
  });
});

describe('files that cannot be read say why in plain words', () => {
  it('a symbolic link loop and a name too long, as plans, calendars and configs', () => {
    const dir = tmp();
    symlinkSync('b.txt', path.join(dir, 'a.txt'));
    symlinkSync('a.txt', path.join(dir, 'b.txt'));
    const long = 'ก'.repeat(200) + '.txt'; // 600 bytes: past any file system's 255
    const th = cli(['validate', 'a.txt', long, '--lang', 'th'], { cwd: dir });
    expect(th.code).toBe(2);
    expect(th.stdout).toContain('เป็นลิงก์ (symbolic link) ที่ชี้วนกลับมาที่ตัวเอง');
    expect(th.stdout).toContain('ชื่อไฟล์ยาวเกินไป');
    const en = cli(['validate', 'a.txt', '--lang', 'en'], { cwd: dir });
    expect(en.stdout).toContain('cannot read the file: a symbolic link that leads to itself (ELOOP)');
    for (const flag of ['--calendar', '--config']) {
      expectOneLine(cli(['validate', path.resolve(SEED), flag, 'a.txt', '--lang', 'en'], { cwd: dir }), /a\.txt: cannot read the file: a symbolic link that leads to itself/);
    }
  });
});

describe('data written to a terminal', () => {
  // In-process, with a standard output that says it is a terminal (a pseudo-terminal is not portable).
  const run = async (args: string[], isTTY: boolean) => {
    const { run: runCli } = await import('../../src/cli/main.js');
    let out = '';
    let err = '';
    const io = {
      stdout: { isTTY, write: (t: string | Uint8Array) => (out += String(t)) },
      stderr: { write: (t: string | Uint8Array) => (err += String(t)) },
      readStdin: async () => new Uint8Array(),
      env: { XDG_CONFIG_HOME: path.join(tmp(), 'config') },
      cwd: process.cwd(),
    };
    const code = await runCli(args, io);
    return { code, out, err };
  };

  it('shows a cell\'s control characters escaped on a terminal, and keeps them as they are in a pipe', async () => {
    const dir = tmp();
    const file = path.join(dir, 'plan.txt');
    writeFileSync(file, `แผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nที่\tกิจกรรม\tช่วงเวลา\tผู้รับผิดชอบ\n๑\tลงทะเบียน ${HOSTILE}\tมกราคม ๒๕๖๗\tสนจ.\n`);
    for (const to of ['tsv', 'md', 'csv']) {
      const terminal = await run(['convert', file, '--to', to, '--lang', 'en'], true);
      expect(terminal.code).toBe(0);
      expect(terminal.out).not.toMatch(RAW_CONTROL);
      expect(terminal.out).toContain('\\u202egnp.\\x9b31m'); // the reader already drops C0 controls such as ESC
      expect(terminal.out).not.toContain('\\x0d'); // CSV's CRLF stays a line end
      const pipe = await run(['convert', file, '--to', to, '--lang', 'en'], false);
      expect(pipe.out).toContain('\u202egnp.\u009b31m');
    }
  });
});

describe('a bidirectional override in a cell', () => {
  it('cannot turn a line of the report page around: it is shown as its code', () => {
    const dir = tmp();
    // U+202E before a period makes a browser show "๔๒๕๖ …" reversed: the reader would see other dates
    writeFileSync(path.join(dir, 'plan.txt'), 'แผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗\nที่\tกิจกรรม\tช่วงเวลา\tผู้รับผิดชอบ\n๑\tลงทะเบียน \u202eเมษายน\u2066 ITAS\tมกราคม ๒๕๖๗\tสนจ.\u202d\n');
    expect(cli(['report', 'plan.txt', '-o', 'page.html', '--lang', 'th'], { cwd: dir }).code).toBe(0);
    expect(cli(['convert', 'plan.txt', '--to', 'html', '-o', 'table.html', '--lang', 'th'], { cwd: dir }).code).toBe(0);
    for (const page of ['page.html', 'table.html']) {
      const html = readFileSync(path.join(dir, page), 'utf8');
      expect(html).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(html).toContain('ลงทะเบียน \\u202eเมษายน\\u2066 ITAS');
    }
  });
});

describe('report --pdf beside the page', () => {
  it('is refused before anything is written when the PDF it would write is the plan itself', () => {
    const dir = tmp();
    copyFileSync('fixtures/pdf/003-libreoffice.pdf', path.join(dir, 'plan.pdf'));
    const before = readFileSync(path.join(dir, 'plan.pdf'));
    expectOneLine(cli(['report', 'plan.pdf', '--pdf', '-o', 'plan.html', '--lang', 'en'], { cwd: dir }), /would overwrite the input plan\.pdf/);
    expect(existsSync(path.join(dir, 'plan.html'))).toBe(false); // no page left behind, no browser started
    expect(readFileSync(path.join(dir, 'plan.pdf')).equals(before)).toBe(true);
  });
});

describe('endless standard input', () => {
  it('says that more than the limit came in, not that 64 MB is over a 64 MB limit', () => {
    const seed = readFileSync(SEED);
    const big = Buffer.concat(Array.from({ length: Math.ceil((65 << 20) / seed.length) }, () => seed));
    const en = cli(['convert', '-', '--to', 'json', '--lang', 'en'], { input: big });
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/more than 64 MB came in \(reading stopped there\); the limit is 64 MB/);
    const th = cli(['convert', '-', '--to', 'json', '--lang', 'th'], { input: big });
    expect(th.stderr).toContain('ข้อมูลที่ส่งเข้ามายาวเกิน 64 MB');
  });
});

describe('a device or a folder given as a settings file', () => {
  it('asks for the JSON file, not for a plan', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'folder'));
    for (const flag of ['--calendar', '--config']) {
      for (const [file, words] of [['/dev/null', /not a regular file .*: give the JSON file itself/], ['folder', /this is a folder: give the JSON file itself/]] as const) {
        const r = cli(['validate', path.resolve(SEED), flag, file, '--lang', 'en'], { cwd: dir });
        expectOneLine(r, words);
        expect(r.stderr).not.toMatch(/plan file/);
      }
    }
    expectOneLine(cli(['validate', path.resolve(SEED), '--config', 'folder', '--lang', 'th'], { cwd: dir }), /นี่คือโฟลเดอร์ โปรดระบุไฟล์ JSON/);
  });
});

describe('report -o over an existing page', () => {
  it('says that it replaced it, as without -o (and says nothing for a new page)', () => {
    const dir = tmp();
    copyFileSync(SEED, path.join(dir, 'plan.txt'));
    const first = cli(['report', 'plan.txt', '-o', 'page.html', '--lang', 'en'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).not.toMatch(/replac/);
    const second = cli(['report', 'plan.txt', '-o', 'page.html', '--lang', 'th'], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('เขียนทับหน้ารายงานเดิม page.html แล้ว');
  });
});

/** The CLI with its standard output on a file opened here (a full disk: /dev/full), as `… > file` gives it. */
function cliTo(outFile: string, args: string[], env: Record<string, string> = {}, cwd = process.cwd()) {
  const out = openSync(outFile, 'w');
  try {
    const r = spawnSync(process.execPath, [path.resolve('bin/ita-plan.js'), ...args], { cwd, stdio: ['ignore', out, 'pipe'], encoding: 'utf8', env: { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', HOME: tmp(), ...env } });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(out);
  }
}

describe('standard output on a full disk (validate … > report.json)', () => {
  it.runIf(existsSync('/dev/full'))('says so in one line in the user\'s language and exits 2, on one thread and on several', () => {
    const dir = tmp();
    for (let i = 0; i < 220; i++) copyFileSync(SEED, path.join(dir, `p${i}.txt`));
    for (const [format, workers] of [['json', '1'], ['pretty', '2']]) {
      expectOneLine(cliTo('/dev/full', ['validate', path.join(dir, '*.txt'), '--format', format, '--lang', 'en'], { ITA_PLAN_WORKERS: workers }), /cannot write standard output: the disk is full/);
    }
    expectOneLine(cliTo('/dev/full', ['convert', SEED, '--to', 'json'], { LANG: 'th_TH.UTF-8' }), /เขียน.*ไม่ได้: ดิสก์เต็ม/);
  });
});

describe('a report longer than a string can be', () => {
  it('one cell of 25 million C1 controls: its file is one finding that says so, the other file is reported (not a V8 fatal error)', () => {
    const dir = tmp();
    const header = Buffer.from('ลำดับ\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ\n1\tประชุมชี้แจง\t');
    // U+0085 is C2 85 in UTF-8: quoted five times in its period finding and escaped as \u0085 in JSON.
    writeFileSync(path.join(dir, 'a.txt'), Buffer.concat([header, Buffer.alloc(50_000_000, Buffer.from([0xc2, 0x85])), Buffer.from('\tกอง\n')]));
    copyFileSync(SEED, path.join(dir, 'b.txt'));
    const r = cliTo(path.join(dir, 'report.json'), ['validate', 'a.txt', 'b.txt', '--format', 'json', '--lang', 'en'], {}, dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(2);
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.files.map((f: { file: string }) => f.file)).toEqual(['a.txt', 'b.txt']);
    expect(report.files[0].diagnostics).toMatchObject([{ ruleId: 'input', messageId: 'inputReportTooLarge', message: expect.stringMatching(/^the report of this file is too long to write \(\d+ findings/) }]);
    const alone = cli(['validate', 'b.txt', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(report.files[1]).toEqual(JSON.parse(alone.stdout).files[0]);
  }, 120_000);
});

describe('UTF-8 whose sequences are well formed but not allowed (an encoded surrogate, an overlong form, past U+10FFFF)', () => {
  it('counts the characters replaced and names the first one\'s line, as for any other broken byte', () => {
    const dir = tmp();
    const seed = readFileSync(SEED);
    const lines = seed.toString('utf8').split('\n');
    // Line 9 holds a surrogate written as UTF-8 (CESU-8, as some Java and Oracle exports write), line 11 an overlong "/" and a code past U+10FFFF.
    const bad = (text: string, bytes: number[]) => Buffer.concat([Buffer.from(text), Buffer.from(bytes)]);
    const parts = lines.map((line, i) => (i === 8 ? bad(line, [0xed, 0xa0, 0x80]) : i === 10 ? bad(line, [0xe0, 0x80, 0xaf, 0xf4, 0x90, 0x80, 0x80]) : Buffer.from(line)));
    const file = Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from('\n'), p] : [p])));
    writeFileSync(path.join(dir, 'plan.txt'), file);
    const replaced = [...new TextDecoder().decode(file)].filter((c) => c === '\uFFFD').length;
    expect(replaced).toBe(10);
    const r = cli(['validate', 'plan.txt', '--format', 'json', '--lang', 'en'], { cwd: dir });
    const finding = JSON.parse(r.stdout).files[0].diagnostics.find((d: { messageId: string }) => d.messageId === 'invalidUtf8');
    expect(finding).toMatchObject({ line: 9, data: { count: replaced }, message: expect.stringMatching(/^10 invalid UTF-8 byte sequence/) });
  });
});

describe('a file name that is not UTF-8 (Linux allows any bytes but NUL and /)', () => {
  it('is read, found by a pattern, under its name with U+FFFD where the bytes were, not reported missing', () => {
    const dir = tmp();
    mkdirSync(path.join(dir, 'plans'));
    const raw = (name: number[]) => Buffer.concat([Buffer.from(`${dir}/plans/`), Buffer.from(name)]);
    writeFileSync(raw([0x61, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74]), readFileSync(SEED)); // "a\xff\xfe.txt"
    mkdirSync(raw([0xc3, 0x28]));
    writeFileSync(Buffer.concat([raw([0xc3, 0x28]), Buffer.from('/b.txt')]), readFileSync(SEED)); // a folder "\xc3(" holding b.txt
    const alone = JSON.parse(cli(['validate', SEED, '--format', 'json', '--lang', 'en']).stdout).files[0];
    const r = cli(['validate', 'plans/**/*.txt', '--format', 'json', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(0);
    const files = JSON.parse(r.stdout).files;
    expect(files.map((f: { file: string }) => f.file)).toEqual(['plans/a\uFFFD\uFFFD.txt', 'plans/\uFFFD(/b.txt']);
    for (const f of files) expect(f.diagnostics.map((d: { messageId: string }) => d.messageId)).toEqual(alone.diagnostics.map((d: { messageId: string }) => d.messageId));
  });
});
