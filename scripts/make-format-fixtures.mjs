// Writes fixtures/xlsx, fixtures/csv and fixtures/pdf: seed 003 (Chiang Mai 2567) the ways an office
// keeps it — an Excel workbook written by exceljs; one with merged title cells, real date cells and
// formulas saved by LibreOffice; CSV as Excel saves it (UTF-8 with BOM) and in the Thai "ANSI" code
// page 874 (Python's codec); PDFs printed by Chromium from HTML and by LibreOffice from the .docx;
// a scan-only PDF (a picture of the table) and a 10-page plan for the benchmark.
// Run once (node scripts/make-format-fixtures.mjs); the files are committed, not built.
// Needs /usr/bin/chromium, soffice (Debian: libreoffice-calc libreoffice-writer) and python3.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

const root = path.resolve(import.meta.dirname, '..');
const at = (...p) => path.join(root, ...p);
const tmp = mkdtempSync(path.join(tmpdir(), 'ita-fixtures-'));
const seed = readFileSync(at('fixtures/seeds/003-chiang-mai-2567.txt'), 'utf8');
const lines = seed.split('\n');
const title = lines.filter((l) => l.trim() && !l.includes('\t'));
const rows = lines.filter((l) => l.includes('\t')).map((l) => l.split('\t'));
const header = rows[0];
const data = rows.filter((r) => r[0] !== header[0]);
const soffice = (args) => execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tmp}/lo-profile`, ...args], { stdio: 'pipe', timeout: 180_000 });
const chromium = (args) => execFileSync(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', ...args], { stdio: 'pipe', timeout: 120_000 });

// 1. The seed typed into Excel as it is: title lines, the table, the header again after the page break.
{
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผน ITA 2567');
  for (const l of lines.slice(0, lines.findIndex((l) => l.includes('\t')))) ws.addRow([l]);
  for (const l of lines.slice(lines.findIndex((l) => l.includes('\t')))) ws.addRow(l.includes('\t') ? l.split('\t') : []);
  ws.getRow(3).font = { bold: true };
  await wb.xlsx.writeFile(at('fixtures/xlsx/003-exceljs.xlsx'));
}

// 2. As offices lay it out: the title merged across the table, dates typed as real dates shown in
// the Buddhist era, numbers by formula; written by exceljs, then opened and saved by LibreOffice.
const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const arabic = (s) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));
/** "๘ ธันวาคม ๒๕๖๖" → a date and its format; "กันยายน ๒๕๖๖" → the 1st, shown as a month. */
function asDate(text) {
  const m = /^(?:(\d{1,2}) )?(\S+) (\d{4})$/.exec(arabic(text));
  if (!m || !THAI_MONTHS.includes(m[2])) return undefined;
  const date = new Date(Date.UTC(Number(m[3]) - 543, THAI_MONTHS.indexOf(m[2]), m[1] ? Number(m[1]) : 1));
  // [$-107041E]: Thai locale (041E), Buddhist-era calendar (07): Excel shows "8 ธันวาคม 2566".
  return { date, numFmt: m[1] ? '[$-107041E]d mmmm yyyy' : '[$-107041E]mmmm yyyy' };
}
{
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('แผนการขับเคลื่อน');
  ws.columns = [{ width: 8 }, { width: 60 }, { width: 24 }, { width: 28 }];
  ws.addRow([title[0]]);
  ws.addRow([title[1]]);
  ws.mergeCells('A1:D1');
  ws.mergeCells('A2:D2');
  ws.getRow(1).font = { bold: true };
  ws.addRow([]);
  ws.addRow(header).font = { bold: true };
  data.forEach((r, i) => {
    const row = ws.addRow([i === 0 ? 1 : { formula: `A${ws.rowCount}+1`, result: i + 1 }, r[1], r[2], r[3]]);
    row.alignment = { wrapText: true, vertical: 'top' };
    const date = asDate(r[2]);
    if (date) {
      row.getCell(3).value = date.date;
      row.getCell(3).numFmt = date.numFmt;
    }
  });
  const made = path.join(tmp, '003-merged-dates.xlsx');
  await wb.xlsx.writeFile(made);
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(tmp, 'lo'), made]);
  copyFileSync(path.join(tmp, 'lo', '003-merged-dates.xlsx'), at('fixtures/xlsx/003-libreoffice-merged-dates.xlsx'));
}

// 3. CSV as Excel saves the first workbook: "CSV UTF-8" (BOM, CRLF, quotes only where needed), and
// "CSV (Comma delimited)" on a Thai Windows PC: code page 874.
{
  const quote = (f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  const width = header.length;
  const csvLines = lines.map((l) => {
    const fields = l.includes('\t') ? l.split('\t') : [l];
    while (fields.length < width) fields.push('');
    return fields.map(quote).join(',');
  });
  const csv = csvLines.join('\r\n') + '\r\n';
  writeFileSync(at('fixtures/csv/003-utf8-bom.csv'), '\uFEFF' + csv);
  const cp874 = execFileSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("cp874"))'], { input: csv });
  writeFileSync(at('fixtures/csv/003-cp874.csv'), cp874);
}

// 4. PDFs. Chromium prints the seed's HTML (a Word-like page: title, a ruled table, the header
// repeated on the second page); LibreOffice prints the committed .docx.
const LANDSCAPE = `
import re, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
zin, zout = zipfile.ZipFile(src), zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED)
for item in zin.infolist():
    data = zin.read(item.filename)
    if item.filename in ('word/document.xml', 'word/styles.xml'):
        s = data.decode('utf-8').replace('<w:pgSz w:w="11906" w:h="16838"/>', '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>')
        data = re.sub(r'w:(ascii|hAnsi|cs|eastAsia)="[^"]*"', lambda m: 'w:%s="Laksaman"' % m.group(1), s).encode('utf-8')
    zout.writestr(item, data)
zout.close()
`;
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function seedHtml(times = 1) {
  const body = [];
  for (let t = 0; t < times; t++) body.push(...data.map((r) => `<tr><td class="n">${escape(r[0])}</td>${r.slice(1).map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`));
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><title>${escape(title.join(' '))}</title><style>
@page { size: A4; margin: 18mm 15mm; }
body { font-family: 'Garuda', 'Loma', 'Norasi', sans-serif; font-size: 12pt; }
h1 { font-size: 14pt; text-align: center; font-weight: bold; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
td.n { text-align: center; } thead { display: table-header-group; }
</style></head><body><h1>${escape(title[0])}<br>${escape(title[1])}</h1>
<table><thead><tr>${header.map((h) => `<th>${escape(h)}</th>`).join('')}</tr></thead><tbody>
${body.join('\n')}
</tbody></table></body></html>`;
}
{
  const html = path.join(tmp, '003.html');
  writeFileSync(html, seedHtml());
  chromium([`--print-to-pdf=${at('fixtures/pdf/003-chromium.pdf')}`, `file://${html}`]);
  const long = path.join(tmp, 'bench.html');
  writeFileSync(long, seedHtml(4));
  chromium([`--print-to-pdf=${at('fixtures/pdf/bench-10-pages.pdf')}`, `file://${long}`]);
  // The .docx's table is wider than its portrait page (LibreOffice then leaves off the text past the
  // edge): a copy set on a landscape page, in Laksaman (TLWG's TH Sarabun), as a Thai office prints it.
  const docx = path.join(tmp, '003-libreoffice.docx');
  execFileSync('python3', ['-c', LANDSCAPE, at('fixtures/docx/003-libreoffice.docx'), docx]);
  soffice(['--convert-to', 'pdf', '--outdir', path.join(tmp, 'lo'), docx]);
  copyFileSync(path.join(tmp, 'lo', '003-libreoffice.pdf'), at('fixtures/pdf/003-libreoffice.pdf'));
  // A scan: the printed page as a picture, and a PDF of nothing but that picture.
  const png = path.join(tmp, 'page.png');
  chromium([`--screenshot=${png}`, '--window-size=1240,1754', `file://${html}`]);
  const scan = path.join(tmp, 'scan.html');
  writeFileSync(scan, `<!doctype html><html><head><style>@page { size: A4; margin: 0 } body { margin: 0 } img { width: 100%; }</style></head><body><img src="file://${png}"></body></html>`);
  chromium([`--print-to-pdf=${at('fixtures/pdf/003-scan.pdf')}`, `file://${scan}`]);
}
rmSync(tmp, { recursive: true, force: true });
console.log('fixtures written');
