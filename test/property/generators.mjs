// Generators of hostile and ordinary input for the property suite (test/property/*.test.ts) and
// the long fuzz run (bench/fuzz.mjs): plain JavaScript so both vitest and node can load them.
import fc from 'fast-check';
import { docxWithBody, wordParagraph, wordRow, xlsxWithRows } from './zip.mjs';

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const toThai = (s) => s.replace(/[0-9]/g, (d) => THAI_DIGITS[Number(d)]);

const MONTHS = [
  'มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.', 'มค', 'กพ', 'ม. ค.',
  'มกรา', 'กุมภา', 'ธันวา', 'ตุลา', 'January', 'Feb', 'sept', 'กรกฏาคม', 'มกราค',
];
const WORDS = [
  'ภายใน', 'ภายในวันที่', 'จนถึงวันที่', 'ขยายถึงวันที่', 'ไม่เกินวันที่', 'ตั้งแต่', 'เป็นต้นไป', 'ถึง', 'จนถึง', '-', '–', '—', '~', 'และ', ',', ';',
  'ตลอดปีงบประมาณ', 'ปีงบประมาณ', 'ไตรมาสที่', 'ไตรมาส', 'ไตรมาสแรก', 'ไตรมาสสุดท้าย', 'Q', 'สัปดาห์ที่', 'สัปดาห์แรก', 'สัปดาห์สุดท้าย',
  'ของเดือน', 'เดือน', 'วันที่', 'วัน', 'วันพุธที่', 'วันจันทร์', 'พ.', 'ศ.', 'อา.', 'พ.ศ.', 'ค.ศ.', 'พ.ศ', 'ต้นเดือน', 'กลางเดือน', 'ปลายเดือน',
  'ทุกเดือน', 'เวลา', 'น.', 'นาฬิกา', '(', ')', '/', '.', ':', 'ช่วงเดือน', 'ห้วง', 'ระหว่าง', 'ที่', 'ปี', 'ตามที่ ป.ป.ช. กำหนด',
];

/** A number as plans write it: Arabic or Thai digits, sometimes zero-padded, sometimes huge. */
const number = fc
  .tuple(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 2400, max: 2800 }), fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 0, max: 99 }), fc.nat()), fc.boolean(), fc.boolean())
  .map(([n, thai, pad]) => {
    const s = pad && n < 10 ? `0${n}` : String(n);
    return thai ? toThai(s) : s;
  });
const clock = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 70 }), fc.constantFrom('.', ':')).map(([h, m, sep]) => `${h}${sep}${String(m).padStart(2, '0')}`);
const iso = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const slashDate = fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1900, max: 2800 }))).map(([d, m, y]) => `${d}/${m}/${y}`);
const oddChars = fc.constantFrom(' ', '  ', '\u200b', '\u00a0', '\t', '\u0e4d\u0e32', '\ufeff', '\u2028', '\u0000', '\u001b[31m', '\ud800', '๏', '฿');

const periodToken = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...MONTHS) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: number },
  { weight: 1, arbitrary: clock },
  { weight: 1, arbitrary: iso },
  { weight: 1, arbitrary: slashDate },
  { weight: 1, arbitrary: oddChars },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

/** A period cell: words, months and numbers of Thai period grammar in any order, joined with or without spaces. */
export const periodText = fc
  .array(fc.tuple(periodToken, fc.constantFrom(' ', ' ', '', '-', ' - ')), { maxLength: 10 })
  .map((parts) => parts.map(([t, sep], i) => (i ? sep : '') + t).join(''));

/** Periods written the way plans write them (mostly readable), to exercise the happy paths. */
export const wellFormedPeriod = fc
  .tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 2560, max: 2575 }), fc.boolean(), fc.constantFrom('', 'ภายใน ', 'ตั้งแต่ ', 'ช่วง', 'วันที่ '))
  .map(([d1, m1, d2, m2, y, thai, prefix]) => {
    const s = `${prefix}${d1} ${MONTHS[m1]} - ${d2} ${MONTHS[m2]} ${y}`;
    return thai ? toThai(s) : s;
  });

/** Cell text a hostile or careless author could write. */
const HOSTILE = [
  '<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '</td></tr><svg onload=alert(3)>', '&lt;script&gt;alert(4)&lt;/script&gt;', '&#60;b&#62;x',
  '[คลิก](javascript:alert(5))', '<javascript:alert(6)>', '![x](javascript:alert(7))', '**หนา**', '`code`', '| ท่อ |', '\\|', '---', '--\t--',
  '=cmd|\' /C calc\'!A0', '+1+1', '@SUM(A1)', '-cmd|x', '-HYPERLINK("http://x")', '- สนจ.เชียงใหม่', '\t=1', '"quoted', '“ ”',
  '<table><tr><td>x', '<style>', '<script>', '<title>', '<textarea>', '<xmp>', '<!--', ']]>', '<b>หนา</b>', '<p>ย่อหน้า</p>', '<br>',
  '\u001b]0;pwn\u0007', '\u009b31m', 'ลงทะเบียนเข้าสู่ระบบ ITAS', 'ตอบแบบวัด IIT', 'EIT', 'OIT', 'ชี้แจงข้อมูล', 'ประกาศผล', 'สำนักปลัด', 'กองคลัง',
  'ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ', '๑๒,๐๐๐ (หนึ่งหมื่นสองพันบาทถ้วน)',
];
export const cellText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: periodText },
  { weight: 2, arbitrary: wellFormedPeriod },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...HOSTILE, ...MONTHS, ' '), { maxLength: 4 }).map((a) => a.join(' ')) },
);

const HEADERS = ['ที่', 'ลำดับ', 'กิจกรรม', 'ขั้นตอน', 'ระยะเวลา', 'ช่วงเวลา', 'ช่วงระยะเวลา (สำนักงาน ป.ป.ช.)', 'หน่วยงานรับผิดชอบ', 'ผู้รับผิดชอบ', 'ผลการดำเนินการ', 'สถานะ', 'หมายเหตุ', 'งบประมาณ', 'อื่น ๆ'];
const TITLES = ['แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗', 'รายงานความก้าวหน้า (รอบ ๖ เดือน) ปีงบประมาณ 2567', 'แผน ITA', '', 'ปีงบประมาณ ๒๔๐๐', 'ปีงบประมาณ 2599 จังหวัดเชียงใหม่'];

/** A plan's table: a header row and body rows of cells (a row may be short, long or empty). */
const table = fc.record({
  title: fc.oneof(fc.constantFrom(...TITLES), cellText),
  header: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: 6 }),
  rows: fc.array(fc.array(cellText, { maxLength: 7 }), { maxLength: 12 }),
});

const oneLine = (s) => s.replace(/[\t\r\n\u2028\u2029]/g, ' ');

/** A tab-separated plan; `body` lists the body cells as the text has them (no tab or line break inside). */
export const tsvDocument = table.map(({ title, header, rows }) => {
  const body = rows.map((r) => r.map(oneLine));
  const text = [oneLine(title), '', header.join('\t'), ...body.map((r) => r.join('\t'))].join('\n');
  return { kind: 'tsv', text, body };
});

export const markdownDocument = table.map(({ title, header, rows }) => {
  const esc = (s) => oneLine(s).replace(/\|/g, '\\|');
  const line = (cells) => `| ${cells.map(esc).join(' | ')} |`;
  const text = [`# ${oneLine(title)}`, '', line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
  return { kind: 'md', text, body: [] };
});

const attribute = fc.constantFrom('', ' colspan="2"', ' rowspan="3"', ' colspan="999999"', ' rowspan="-1"', ' style="x"', ' onclick="alert(1)"');
export const htmlDocument = fc
  .tuple(table, fc.array(attribute, { maxLength: 4 }), fc.integer({ min: 0, max: 30 }), fc.boolean())
  .map(([{ title, header, rows }, attrs, depth, closeTags]) => {
    const td = (s, k) => `<td${attrs[k % Math.max(attrs.length, 1)] ?? ''}>${s}${closeTags ? '</td>' : ''}`;
    const nest = '<div>'.repeat(depth);
    const text = `<html><body>${nest}<p>${title}</p><table><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr>${rows.map((r) => `<tr>${r.map(td).join('')}${closeTags ? '</tr>' : ''}`).join('')}</table>${closeTags ? '</div>'.repeat(depth) : ''}</body></html>`;
    return { kind: 'html', text, body: [] };
  });

/** Raw bytes: random, a document in another encoding, or a document with bytes flipped. */
export const byteDocument = fc.oneof(
  fc.uint8Array({ maxLength: 3000 }).map((bytes) => ({ kind: 'bytes', bytes, body: [] })),
  fc.tuple(tsvDocument, fc.constantFrom('utf16le', 'latin1', 'utf8')).map(([doc, enc]) => ({ kind: 'bytes', bytes: new Uint8Array(Buffer.from((enc === 'utf16le' ? '\ufeff' : '') + doc.text, enc)), body: [] })),
  fc.tuple(tsvDocument, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 5 })).map(([doc, flips]) => {
    const bytes = new Uint8Array(Buffer.from(doc.text, 'utf8'));
    for (const [at, value] of flips) if (bytes.length) bytes[at % bytes.length] = value;
    return { kind: 'bytes', bytes, body: [] };
  }),
);

/** A CSV plan (commas or semicolons, quoted as Excel quotes); `body` lists the body fields as read. */
export const csvDocument = fc.tuple(table, fc.constantFrom(',', ';'), fc.boolean()).map(([{ title, header, rows }, delimiter, quoteAll]) => {
  const field = (s) => (quoteAll || /["\n\r,;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  // Records of one width (as a sheet saves them): the reader tells CSV by that.
  const width = Math.max(3, header.length);
  const body = rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] ?? '').replace(/\r/g, '')));
  const head = Array.from({ length: width }, (_, i) => header[i] ?? '');
  const text = [field(oneLine(title)), head.map(field).join(delimiter), ...body.map((r) => r.map(field).join(delimiter))].join('\n');
  return { kind: 'csv', text, body };
});

/** A zip's bytes as a careless copy or an attacker leaves them: whole, cut short, or with bytes changed. */
const damaged = (bytes) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(bytes) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: Math.max(0, bytes.length - 1) }).map((n) => bytes.subarray(0, n)) },
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
        const copy = new Uint8Array(bytes);
        for (const [at, value] of flips) copy[at % copy.length] = value;
        return copy;
      }),
    },
  );

/** A Word plan (a title paragraph and the table) built from a generated table, sometimes damaged. */
export const docxDocument = table.chain(({ title, header, rows }) =>
  damaged(docxWithBody(wordParagraph(title) + `<w:tbl>${[header, ...rows].filter((r) => r.length).map(wordRow).join('')}</w:tbl>`)).map((bytes) => ({ kind: 'docx', bytes, body: [] })),
);

/** An Excel plan (title, header and body rows on one sheet) built from a generated table, sometimes damaged. */
export const xlsxDocument = table.chain(({ title, header, rows }) => damaged(xlsxWithRows([[title], header, ...rows])).map((bytes) => ({ kind: 'xlsx', bytes, body: [] })));

/** Any document the readers may be handed. */
export const anyDocument = fc.oneof({ weight: 4, arbitrary: tsvDocument }, { weight: 2, arbitrary: markdownDocument }, { weight: 2, arbitrary: htmlDocument }, { weight: 1, arbitrary: csvDocument }, { weight: 1, arbitrary: byteDocument }, { weight: 1, arbitrary: fc.string({ maxLength: 400 }).map((text) => ({ kind: 'text', text, body: [] })) });
