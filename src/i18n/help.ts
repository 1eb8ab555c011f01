import type { Lang } from './format.js';

/**
 * The command line's help (`ita-plan --help`, `ita-plan validate --help`) in each language: every
 * description commander prints, and the words commander writes itself (headings, "choices",
 * "default"). The English table gives the shape; the Thai one must have every entry.
 */
const en = {
  program: 'Read, convert and check Thai ITA drive plans (แผนการขับเคลื่อนการประเมิน ITA) against the NACC assessment calendar.',
  version: 'output the version number',
  help: 'display help for command',
  helpCommand: 'display help for command',
  titles: { 'Usage:': 'Usage:', 'Arguments:': 'Arguments:', 'Options:': 'Options:', 'Commands:': 'Commands:', 'Global Options:': 'Global Options:' } as Record<string, string>,
  choices: 'choices',
  default: 'default',
  shared: {
    lang: 'message language (default: Thai under a th_* locale, else English)',
    fiscalYear: "the plan's fiscal year (BE, e.g. 2567) when its title does not say it",
    format: 'output format',
    config: 'config file (default: ./ita-plan.config.json when present)',
    year: 'fiscal year (BE), e.g. 2570',
  },
  convert: {
    description: 'parse plans (text/TSV, Markdown, HTML, Word .docx, Excel .xlsx, CSV or PDF; "-" for stdin) into the plan model: json, tsv, md, csv (Excel), ics (calendars), html or xlsx (Excel, with the findings)',
    files: 'plan files, globs ("plans/*.txt") or - for standard input',
    output: 'write to this file, or into this folder (one file per plan)',
    compact: 'JSON on one line',
    noBom: 'CSV without the UTF-8 byte-order mark Excel needs for Thai (for tools that dislike it)',
    beDates: 'CSV: Buddhist-era dates (1 ม.ค. 2567) in the date columns instead of ISO dates',
    digits: 'xlsx: Thai (๑๒๓) or Arabic (123) digits in every cell (default: plan text as written)',
    remind: 'ics: a reminder this long before each NACC deadline, e.g. 3d, or none',
    calendar: 'a NACC calendar for a year the tool does not know (ics deadlines, xlsx and html findings)',
  },
  report: {
    description: 'one self-contained HTML page of a plan: the fiscal year as a timeline, NACC windows, findings on each bar, the full table',
    file: 'a plan file, or - for standard input',
    output: 'where to write the page (default: <plan>.report.html; stdout for -)',
    calendar: 'a NACC calendar for a year the tool does not know',
    asOf: "the date drawn as a line (default: a report's as-of date, else today)",
    pdf: 'also write the A4 landscape PDF beside the page (needs Chromium; otherwise says how to print the page to PDF)',
  },
  validate: {
    description: 'check plans against the NACC ITA calendar of their fiscal year and against themselves',
    files: 'plan files, globs ("plans/**/*.txt") or - for standard input',
    output: 'write the report to a file instead of stdout',
    calendar: 'a NACC calendar for a year the tool does not know (see: ita-plan calendar import)',
    config: 'rule settings (default: ./ita-plan.config.json when present)',
    rule: 'turn a rule off or change its severity: off|info|warn|error (repeatable)',
    asOf: "a progress report's date, e.g. 2024-03-31 (default: from the report, รอบ ๖ เดือน = end of March)",
    maxWarnings: 'exit 1 when there are more warnings than this',
    noColor: 'plain text even on a terminal',
  },
  calendar: {
    description: 'list the NACC ITA calendars the tool can see (built in, your folder, the team folder, --calendar); --year: show one; --template: a fill-in sheet',
    template: 'write a fill-in sheet of the standard steps for --year (.txt/.tsv, or .docx) that `calendar import` reads back',
    calendar: 'a calendar file to show beside the others',
  },
  import: {
    description: "read the NACC's calendar announcement (a table or list of steps and periods, alone or inside a letter; in any format the tool reads) into a calendar that validate then finds by itself",
    file: 'the announcement, or - for standard input',
    year: 'fiscal year (BE) when the announcement does not say it',
    output: 'write here instead of the calendars folder (the team folder beside ita-plan.config.json, else your own)',
    force: 'write the steps that were read even when some rows had problems',
  },
  new: {
    description: "write the year's draft plan from its NACC calendar: every step an agency performs in its window, preparation before them, Thai dates, an empty responsible column (.docx, .xlsx, .md or .txt; text on stdout without -o)",
    output: 'plan.docx (Word), plan.xlsx (Excel), plan.md or plan.txt',
    calendar: "the year's calendar file (default: built in or imported)",
  },
};

export type HelpText = typeof en;

const th: HelpText = {
  program: 'อ่าน แปลง และตรวจแผนการขับเคลื่อนการประเมิน ITA เทียบกับปฏิทินการประเมินของสำนักงาน ป.ป.ช.',
  version: 'แสดงรุ่นของโปรแกรม',
  help: 'แสดงวิธีใช้คำสั่ง',
  helpCommand: 'แสดงวิธีใช้คำสั่ง',
  titles: { 'Usage:': 'วิธีใช้:', 'Arguments:': 'สิ่งที่ต้องระบุ:', 'Options:': 'ตัวเลือก:', 'Commands:': 'คำสั่ง:', 'Global Options:': 'ตัวเลือกร่วม:' },
  choices: 'เลือกได้',
  default: 'ค่าเริ่มต้น',
  shared: {
    lang: 'ภาษาของข้อความ (ค่าเริ่มต้น: ไทยเมื่อเครื่องตั้งภาษาไทย th_* นอกนั้นอังกฤษ)',
    fiscalYear: 'ปีงบประมาณของแผน (พ.ศ. เช่น 2567) เมื่อชื่อแผนไม่ได้ระบุ',
    format: 'รูปแบบผลลัพธ์',
    config: 'ไฟล์ตั้งค่า (ค่าเริ่มต้น: ./ita-plan.config.json ถ้ามี)',
    year: 'ปีงบประมาณ (พ.ศ.) เช่น 2570',
  },
  convert: {
    description: 'อ่านแผน (ข้อความ/TSV, Markdown, HTML, Word .docx, Excel .xlsx, CSV หรือ PDF; "-" คืออ่านจากอินพุตมาตรฐาน) แล้วเขียนเป็นข้อมูลแผน: json, tsv, md, csv (Excel), ics (ปฏิทิน), html หรือ xlsx (Excel พร้อมข้อสังเกต)',
    files: 'ไฟล์แผน รูปแบบชื่อไฟล์ ("plans/*.txt") หรือ - เพื่ออ่านจากอินพุตมาตรฐาน',
    output: 'เขียนลงไฟล์นี้ หรือลงโฟลเดอร์นี้ (แผนละหนึ่งไฟล์)',
    compact: 'JSON ในบรรทัดเดียว',
    noBom: 'CSV ไม่ใส่เครื่องหมาย BOM ของ UTF-8 ที่ Excel ใช้อ่านภาษาไทย (สำหรับโปรแกรมที่ไม่รองรับ)',
    beDates: 'CSV: ใช้วันที่แบบพุทธศักราช (1 ม.ค. 2567) ในคอลัมน์วันที่ แทนวันที่แบบ ISO',
    digits: 'xlsx: ใช้เลขไทย (๑๒๓) หรือเลขอารบิก (123) ในทุกช่อง (ค่าเริ่มต้น: ตามที่เขียนในแผน)',
    remind: 'ics: เตือนล่วงหน้าก่อนวันสิ้นสุดของแต่ละขั้นตอนของ ป.ป.ช. เช่น 3d (๓ วัน) หรือ none (ไม่เตือน)',
    calendar: 'ไฟล์ปฏิทิน ป.ป.ช. ของปีที่โปรแกรมยังไม่รู้จัก (ใช้กับกำหนดส่งใน ics และข้อสังเกตใน xlsx และ html)',
  },
  report: {
    description: 'หน้า HTML หน้าเดียวของแผน: ปีงบประมาณเป็นเส้นเวลา ช่วงเวลาของ ป.ป.ช. ข้อสังเกตบนแต่ละแถบ และตารางแผนทั้งหมด',
    file: 'ไฟล์แผน หรือ - เพื่ออ่านจากอินพุตมาตรฐาน',
    output: 'ที่เขียนหน้ารายงาน (ค่าเริ่มต้น: <ชื่อแผน>.report.html; แสดงบนหน้าจอเมื่ออ่านจาก -)',
    calendar: 'ไฟล์ปฏิทิน ป.ป.ช. ของปีที่โปรแกรมยังไม่รู้จัก',
    asOf: 'วันที่ที่ขีดเป็นเส้นบนหน้า (ค่าเริ่มต้น: วันที่ของรายงานผล หรือวันนี้)',
    pdf: 'เขียนไฟล์ PDF ขนาด A4 แนวนอนไว้ข้างหน้ารายงานด้วย (ต้องมี Chromium ถ้าไม่มีจะบอกวิธีพิมพ์หน้าเป็น PDF)',
  },
  validate: {
    description: 'ตรวจแผนเทียบกับปฏิทินการประเมิน ITA ของ ป.ป.ช. ในปีงบประมาณของแผน และตรวจความสอดคล้องภายในแผน',
    files: 'ไฟล์แผน รูปแบบชื่อไฟล์ ("plans/**/*.txt") หรือ - เพื่ออ่านจากอินพุตมาตรฐาน',
    output: 'เขียนผลการตรวจลงไฟล์แทนการแสดงบนหน้าจอ',
    calendar: 'ไฟล์ปฏิทิน ป.ป.ช. ของปีที่โปรแกรมยังไม่รู้จัก (ดู: ita-plan calendar import)',
    config: 'ไฟล์ตั้งค่ากฎ (ค่าเริ่มต้น: ./ita-plan.config.json ถ้ามี)',
    rule: 'ปิดกฎหรือเปลี่ยนระดับ: off|info|warn|error (ใช้ซ้ำได้)',
    asOf: 'วันที่ของรายงานผลการดำเนินงาน เช่น 2024-03-31 (ค่าเริ่มต้น: จากตัวรายงาน รอบ ๖ เดือน = สิ้นเดือนมีนาคม)',
    maxWarnings: 'จบด้วยรหัส 1 เมื่อมีคำเตือนมากกว่าจำนวนนี้',
    noColor: 'ข้อความไม่มีสี แม้แสดงบนเทอร์มินัล',
  },
  calendar: {
    description: 'แสดงปฏิทินการประเมิน ITA ของ ป.ป.ช. ทุกฉบับที่โปรแกรมเห็น (ที่มากับโปรแกรม โฟลเดอร์ของคุณ โฟลเดอร์ของทีม และ --calendar); --year: แสดงปีเดียว; --template: เขียนแบบฟอร์มให้กรอก',
    template: 'เขียนแบบฟอร์มขั้นตอนมาตรฐานของปี --year ให้กรอกช่วงเวลา (.txt/.tsv หรือ .docx) ที่ calendar import อ่านกลับได้',
    calendar: 'ไฟล์ปฏิทินที่จะแสดงรวมกับฉบับอื่น',
  },
  import: {
    description: 'อ่านประกาศปฏิทินของ ป.ป.ช. (ตารางหรือรายการขั้นตอนและช่วงเวลา อยู่เดี่ยว ๆ หรืออยู่ในหนังสือก็ได้ ทุกรูปแบบที่โปรแกรมอ่านได้) แล้วบันทึกเป็นปฏิทินที่คำสั่ง validate หาพบเอง',
    file: 'ไฟล์ประกาศ หรือ - เพื่ออ่านจากอินพุตมาตรฐาน',
    year: 'ปีงบประมาณ (พ.ศ.) เมื่อประกาศไม่ได้ระบุ',
    output: 'เขียนลงไฟล์นี้แทนโฟลเดอร์ปฏิทิน (โฟลเดอร์ของทีมข้าง ita-plan.config.json หรือโฟลเดอร์ของคุณเอง)',
    force: 'บันทึกขั้นตอนที่อ่านได้ แม้บางแถวมีปัญหา',
  },
  new: {
    description: 'เขียนร่างแผนของปีจากปฏิทิน ป.ป.ช.: ทุกขั้นตอนที่หน่วยงานต้องทำในช่วงเวลาของขั้นตอนนั้น งานเตรียมการก่อนหน้า วันที่แบบไทย และช่องผู้รับผิดชอบว่างไว้ (.docx, .xlsx, .md หรือ .txt; ไม่ระบุ -o จะแสดงบนหน้าจอ)',
    output: 'ไฟล์ที่จะเขียน: plan.docx (Word), plan.xlsx (Excel), plan.md หรือ plan.txt',
    calendar: 'ไฟล์ปฏิทินของปี (ค่าเริ่มต้น: ที่มากับโปรแกรมหรือที่นำเข้าไว้)',
  },
};

export function helpText(lang: Lang): HelpText {
  return lang === 'th' ? th : en;
}
