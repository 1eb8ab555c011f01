import { defineFinding, type MessageIdOf } from './finding.js';

// The findings that come from reading a document rather than from a rule, described as rules are.
// Their messages live here; the rules' live in each rule's own file (src/rules/).

export const input = defineFinding({
  id: 'input',
  kind: 'input',
  defaultSeverity: 'error',
  description: {
    en: 'The file cannot be read as a plan: missing, empty, binary, PDF or Word, or an unknown encoding.',
    th: 'อ่านไฟล์เป็นแผนไม่ได้ เช่น ไม่พบไฟล์ ไฟล์ว่าง ไฟล์ไบนารี PDF หรือ Word หรือการเข้ารหัสที่ไม่รู้จัก',
  },
  messages: {
    inputEmpty: {
      th: () => 'ไฟล์ว่างเปล่า ไม่มีแผนให้อ่าน',
      en: () => 'the file is empty: there is no plan to read',
    },
    inputBinary: {
      th: () => 'ไฟล์นี้ไม่ใช่ข้อความ โปรดบันทึกแผนเป็นไฟล์ข้อความ (UTF-8) HTML หรือ .docx',
      en: () => 'this is a binary file, not a plan: save the plan as text (UTF-8), HTML or .docx',
    },
    inputPdf: {
      th: () => 'ไฟล์นี้เป็น PDF โปรดคัดลอกตารางจาก PDF ลงไฟล์ข้อความ หรือใช้ไฟล์ Word/HTML ต้นฉบับ',
      en: () => 'this is a PDF: open it, select the table and copy it into a text file, or give the original Word/HTML file',
    },
    inputOfficeZip: {
      th: () => 'ไฟล์นี้เป็นไฟล์ Office ที่ไม่ใช่ Word .docx (อาจเป็น .xlsx หรือ .pptx) โปรดบันทึกแผนเป็น .docx หรือ "เว็บเพจ (.html)" หรือ "ข้อความ Unicode (.txt)"',
      en: () => 'this is a zip-based Office file that is not a Word .docx (an .xlsx or .pptx?): save the plan as .docx, "Web Page (.html)" or "Unicode Text (.txt)"',
    },
    inputWord97: {
      th: () => 'ไฟล์นี้เป็น Word/Excel รุ่นเก่า (.doc/.xls) โปรดเปิดด้วย Word หรือ LibreOffice แล้วบันทึกเป็น .docx, .html หรือข้อความ Unicode (.txt)',
      en: () => 'this is an old Word/Excel (.doc/.xls) file: open it in Word or LibreOffice and save it as .docx, .html or Unicode text (.txt)',
    },
    inputImage: {
      th: () => 'ไฟล์นี้เป็นรูปภาพ โปรแกรมอ่านแผนที่สแกนไม่ได้ โปรดใช้ไฟล์ Word/HTML/ข้อความต้นฉบับ',
      en: () => 'this is an image, not text: the tool cannot read scanned plans; give the original Word/HTML/text file',
    },
    inputUnknownEncoding: {
      th: () => 'ข้อความไม่ได้เข้ารหัสเป็น UTF-8 หรือภาษาไทย Windows-874/TIS-620 โปรดบันทึกเป็น UTF-8 แล้วลองใหม่',
      en: () => 'the text is neither UTF-8 nor Thai Windows-874/TIS-620: save it as UTF-8 and try again',
    },
    inputUnreadable: {
      th: (d) => `อ่านไฟล์ไม่ได้: ${d.reason}`,
      en: (d) => `cannot read the file: ${d.reason}`,
    },
    inputNotFound: {
      th: () => 'ไม่พบไฟล์นี้',
      en: () => 'no such file',
    },
    inputIsDirectory: {
      th: () => 'นี่คือโฟลเดอร์ โปรดระบุไฟล์แผนในโฟลเดอร์ (เช่น "โฟลเดอร์/*.txt")',
      en: () => 'this is a folder: give the plan files in it (for example "folder/*.txt")',
    },
    inputTooLarge: {
      th: (d) => `ไฟล์มีขนาด ${d.size} MB เกินขีดจำกัด ${d.limit} MB`,
      en: (d) => `the file is ${d.size} MB; the limit is ${d.limit} MB`,
    },
    inputNotRegular: {
      th: () => 'นี่ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์ ท่อส่งข้อมูล หรือซ็อกเก็ต) โปรดระบุไฟล์แผน',
      en: () => 'this is not a regular file (a device, a named pipe or a socket): give a plan file',
    },
    inputFailed: {
      th: (d) => `โปรแกรมทำงานกับไฟล์นี้ไม่สำเร็จ (เป็นข้อบกพร่องของโปรแกรม ไม่ใช่ของแผน): ${d.reason} โปรดแจ้งผู้พัฒนาพร้อมแนบไฟล์นี้`,
      en: (d) => `the tool failed on this file (a fault of the tool, not of the plan): ${d.reason}; please report it together with the file`,
    },
  },
});

/** The messages of an input that is not a plan. */
export type InputMessageId = MessageIdOf<typeof input>;

export const encoding = defineFinding({
  id: 'encoding',
  kind: 'notice',
  defaultSeverity: 'info',
  description: {
    en: 'The file was decoded from the legacy Thai encoding Windows-874 / TIS-620.',
    th: 'อ่านไฟล์ด้วยรหัสภาษาไทยแบบเก่า Windows-874 / TIS-620',
  },
  messages: {
    decodedWindows874: {
      th: () => 'อ่านไฟล์ด้วยรหัสภาษาไทย Windows-874 (TIS-620) ควรบันทึกไฟล์เป็น UTF-8',
      en: () => 'decoded from the Thai Windows-874 (TIS-620) encoding; consider saving the file as UTF-8',
    },
  },
});

export const noActivities = defineFinding({
  id: 'no-activities',
  kind: 'document',
  defaultSeverity: 'error',
  description: { en: 'No table of activities with periods was found.', th: 'ไม่พบตารางกิจกรรมที่มีช่วงเวลา' },
  messages: {
    noTable: {
      th: () => 'ไม่พบตาราง แผนต้องมีตารางกิจกรรมพร้อมช่วงเวลา (ข้อความคั่นด้วยแท็บ ตาราง Markdown หรือตาราง HTML)',
      en: () => 'no table found: a plan needs a table of activities with periods (tab-separated text, a Markdown or an HTML table)',
    },
    noActivityTable: {
      th: (d) => `พบตาราง ${d.tables} ตาราง แต่ไม่มีตารางใดมีคอลัมน์ช่วงเวลา (ช่วงเวลา / ระยะเวลา) คู่กับคอลัมน์กิจกรรม`,
      en: (d) => `${d.tables} table(s) found but none has a period column (ช่วงเวลา / ระยะเวลา) beside an activity column`,
    },
  },
});

export const fiscalYearUnknown = defineFinding({
  id: 'fiscal-year-unknown',
  kind: 'document',
  defaultSeverity: 'warning',
  description: {
    en: "The plan's fiscal year is neither stated nor inferable from its dates.",
    th: 'ไม่พบปีงบประมาณของแผนและอนุมานจากวันที่ไม่ได้',
  },
  messages: {
    fiscalYearUnknown: {
      th: () => 'ไม่พบปีงบประมาณของแผน (เช่น "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") และอนุมานจากวันที่ไม่ได้ โปรดระบุ --fiscal-year',
      en: () => 'the fiscal year is not stated (e.g. "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") and cannot be told from the dates; pass --fiscal-year',
    },
  },
});

export const fiscalYearInferred = defineFinding({
  id: 'fiscal-year-inferred',
  kind: 'notice',
  defaultSeverity: 'info',
  description: { en: "The fiscal year was inferred from the activities' dates.", th: 'อนุมานปีงบประมาณจากวันที่ของกิจกรรม' },
  messages: {
    fiscalYearInferred: {
      th: (d) => `ชื่อแผนไม่ระบุปีงบประมาณ จึงถือเป็นปี ${d.year} ตามวันที่ของกิจกรรม`,
      en: (d) => `the title gives no fiscal year; taken as ${d.year} from the activities' dates`,
    },
  },
});

export const tableShape = defineFinding({
  id: 'table-shape',
  kind: 'document',
  defaultSeverity: 'warning',
  description: {
    en: 'A row has more cells than its table header; the extra cells are kept unnamed.',
    th: 'แถวมีช่องมากกว่าหัวตาราง ช่องที่เกินเก็บไว้โดยไม่มีชื่อ',
  },
  messages: {
    extraCells: {
      th: (d) => `แถวนี้มี ${d.cells} ช่อง แต่หัวตารางมี ${d.columns} คอลัมน์ ช่องที่เกินเก็บไว้เป็นคอลัมน์ไม่มีชื่อ`,
      en: (d) => `this row has ${d.cells} cells but the table header has ${d.columns}; the extra cells are kept as unnamed columns`,
    },
  },
});

export const orphanRow = defineFinding({
  id: 'orphan-row',
  kind: 'document',
  defaultSeverity: 'warning',
  description: { en: 'A continuation row with no activity above it.', th: 'แถวต่อเนื่องที่ไม่มีกิจกรรมก่อนหน้า' },
  messages: {
    orphanRow: {
      th: () => 'แถวนี้ไม่มีลำดับ กิจกรรม หรือช่วงเวลา และไม่มีกิจกรรมก่อนหน้าให้ต่อข้อความ',
      en: () => 'this row has no number, activity or period and there is no activity above it to continue',
    },
  },
});

export const calendarMissing = defineFinding({
  id: 'calendar-missing',
  kind: 'calendar',
  defaultSeverity: 'warning',
  description: {
    en: "No NACC calendar is known for the plan's fiscal year; calendar checks are skipped.",
    th: 'ไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณของแผน จึงข้ามการตรวจกับปฏิทิน',
  },
  messages: {
    calendarMissing: {
      th: (d) => `ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ ${d.year} (ในโปรแกรมมีปี ${d.known}) จึงตรวจโดยไม่ใช้ปฏิทิน นำเข้าประกาศปฏิทินของ ป.ป.ช. ครั้งเดียวด้วยคำสั่ง ita-plan calendar import ไฟล์ประกาศ (หรือระบุ --calendar ไฟล์)`,
      en: (d) => `no NACC calendar is known for fiscal year ${d.year} (built in: ${d.known}); the plan was checked without it. Import the NACC's announcement once with: ita-plan calendar import FILE (or give --calendar FILE)`,
    },
    calendarOtherYear: {
      th: (d) => `ปฏิทินที่ระบุเป็นของปีงบประมาณ ${d.calendarYear} แต่แผนเป็นของปี ${d.year} จึงข้ามการตรวจกับปฏิทิน`,
      en: (d) => `the calendar given is for fiscal year ${d.calendarYear} but the plan is for ${d.year}; the calendar checks were skipped`,
    },
  },
});

export const calendarQuoted = defineFinding({
  id: 'calendar-quoted',
  kind: 'calendar',
  defaultSeverity: 'info',
  description: {
    en: "No NACC calendar is known for the plan's fiscal year: the NACC windows the plan quotes (or most plans of the run quote) are used as its calendar.",
    th: 'ไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณของแผน จึงใช้ช่วงเวลาของ ป.ป.ช. ที่แผนอ้างไว้ (หรือที่แผนส่วนใหญ่อ้างไว้) เป็นปฏิทิน',
  },
  messages: {
    calendarFromPlan: {
      th: (d) => `ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ ${d.year} จึงใช้ช่วงเวลาของ ป.ป.ช. ที่แผนนี้อ้างไว้ (${d.steps} ขั้นตอน) เป็นปฏิทิน`,
      en: (d) => `no NACC calendar is known for fiscal year ${d.year}: the NACC windows this plan quotes (${d.steps} steps) are used as its calendar`,
    },
    calendarFromPlans: {
      th: (d) => `ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ ${d.year} จึงใช้ช่วงเวลาของ ป.ป.ช. ที่แผนส่วนใหญ่อ้างไว้เป็นปฏิทิน (ตรงกัน ${d.agreed} จาก ${d.of} แผน)`,
      en: (d) => `no NACC calendar is known for fiscal year ${d.year}: the NACC windows most plans quote are used as the calendar (${d.agreed} of ${d.of} plans agree)`,
    },
  },
});

/** The reader's findings, in the order the catalogue lists them (after the rules). */
export const READING_FINDINGS = [input, encoding, noActivities, fiscalYearUnknown, fiscalYearInferred, tableShape, orphanRow, calendarMissing, calendarQuoted] as const;
