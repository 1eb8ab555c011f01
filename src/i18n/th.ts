import type { Formatter, MessageData } from './format.js';
import { missingNames, stepNames } from '../ita/steps.js';

type Template = (d: MessageData, f: Formatter) => string;

/** ข้อความภาษาไทย ตามรหัสข้อความ (ต้องมีครบทุกรหัสเดียวกับภาษาอังกฤษ: มีการทดสอบ) */
export const th: Record<string, Template> = {
  inputEmpty: () => 'ไฟล์ว่างเปล่า ไม่มีแผนให้อ่าน',
  inputBinary: () => 'ไฟล์นี้ไม่ใช่ข้อความ โปรดบันทึกแผนเป็นไฟล์ข้อความ (UTF-8) HTML หรือ .docx',
  inputPdf: () => 'ไฟล์นี้เป็น PDF โปรดคัดลอกตารางจาก PDF ลงไฟล์ข้อความ หรือใช้ไฟล์ Word/HTML ต้นฉบับ',
  inputOfficeZip: () => 'ไฟล์นี้เป็นไฟล์ Office ที่ไม่ใช่ Word .docx (อาจเป็น .xlsx หรือ .pptx) โปรดบันทึกแผนเป็น .docx หรือ "เว็บเพจ (.html)" หรือ "ข้อความ Unicode (.txt)"',
  inputWord97: () => 'ไฟล์นี้เป็น Word/Excel รุ่นเก่า (.doc/.xls) โปรดเปิดด้วย Word หรือ LibreOffice แล้วบันทึกเป็น .docx, .html หรือข้อความ Unicode (.txt)',
  inputImage: () => 'ไฟล์นี้เป็นรูปภาพ โปรแกรมอ่านแผนที่สแกนไม่ได้ โปรดใช้ไฟล์ Word/HTML/ข้อความต้นฉบับ',
  inputUnknownEncoding: () => 'ข้อความไม่ได้เข้ารหัสเป็น UTF-8 หรือภาษาไทย Windows-874/TIS-620 โปรดบันทึกเป็น UTF-8 แล้วลองใหม่',
  inputUnreadable: (d) => `อ่านไฟล์ไม่ได้: ${d.reason}`,
  inputNotFound: () => 'ไม่พบไฟล์นี้',
  inputIsDirectory: () => 'นี่คือโฟลเดอร์ โปรดระบุไฟล์แผนในโฟลเดอร์ (เช่น "โฟลเดอร์/*.txt")',
  inputTooLarge: (d) => `ไฟล์มีขนาด ${d.size} MB เกินขีดจำกัด ${d.limit} MB`,
  inputNotRegular: () => 'นี่ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์ ท่อส่งข้อมูล หรือซ็อกเก็ต) โปรดระบุไฟล์แผน',
  outputIsInput: (d) => `-o ${d.output} จะเขียนทับไฟล์ต้นฉบับ ${d.input} โปรดตั้งชื่อไฟล์ผลลัพธ์เป็นชื่ออื่น`,
  outputIsFolder: (d) => `${d.output} เป็นโฟลเดอร์ โปรดระบุชื่อไฟล์ผลลัพธ์ (เช่น ${d.example})`,
  outputFolderMissing: (d) => `เขียน ${d.output} ไม่ได้: ไม่มีโฟลเดอร์ ${d.folder}`,
  outputNotWritable: (d) => `เขียน ${d.output} ไม่ได้: ไม่มีสิทธิ์เขียนที่นั่น หรือเป็นพื้นที่อ่านอย่างเดียว`,
  outputDiskFull: (d) => `เขียน ${d.output} ไม่ได้: ดิสก์เต็ม`,
  outputFailed: (d) => `เขียน ${d.output} ไม่ได้: ${d.reason}`,
  outputNeedsFolder: (d) => `มีแผน ${d.count} ฉบับ -o จึงต้องเป็นโฟลเดอร์ แต่ ${d.output} เป็นไฟล์`,
  reportReplaced: (d) => `เขียนทับหน้ารายงานเดิม ${d.output} แล้ว`,
  settingFileUnreadable: (d) => `${d.file}: ${d.reason}`,
  noFilesMatched: (d) => `ไม่พบไฟล์ที่ตรงกับ "${d.pattern}"`,
  decodedWindows874: () => 'อ่านไฟล์ด้วยรหัสภาษาไทย Windows-874 (TIS-620) ควรบันทึกไฟล์เป็น UTF-8',
  noTable: () => 'ไม่พบตาราง แผนต้องมีตารางกิจกรรมพร้อมช่วงเวลา (ข้อความคั่นด้วยแท็บ ตาราง Markdown หรือตาราง HTML)',
  noActivityTable: (d) => `พบตาราง ${d.tables} ตาราง แต่ไม่มีตารางใดมีคอลัมน์ช่วงเวลา (ช่วงเวลา / ระยะเวลา) คู่กับคอลัมน์กิจกรรม`,
  fiscalYearUnknown: () => 'ไม่พบปีงบประมาณของแผน (เช่น "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") และอนุมานจากวันที่ไม่ได้ โปรดระบุ --fiscal-year',
  fiscalYearInferred: (d) => `ชื่อแผนไม่ระบุปีงบประมาณ จึงถือเป็นปี ${d.year} ตามวันที่ของกิจกรรม`,
  orphanRow: () => 'แถวนี้ไม่มีลำดับ กิจกรรม หรือช่วงเวลา และไม่มีกิจกรรมก่อนหน้าให้ต่อข้อความ',
  extraCells: (d) => `แถวนี้มี ${d.cells} ช่อง แต่หัวตารางมี ${d.columns} คอลัมน์ ช่องที่เกินเก็บไว้เป็นคอลัมน์ไม่มีชื่อ`,
  // วันที่ที่เขียนแบบ ISO (--as-of, ช่วงเวลาในปฏิทิน)
  dateNotReal: (d) => `"${d.text}" ไม่ใช่วันที่ที่มีอยู่จริง (เดือน ๑–๑๒ และวันไม่เกินวันสุดท้ายของเดือน)`,
  dateBuddhistEra: (d, f) => `"${d.text}" เขียนปีเป็น พ.ศ. จึงอ่านเป็น ${f.date(String(d.iso))} (${d.iso})`,
  asOfInvalid: (d) => `--as-of ต้องเป็นวันที่ เช่น 2024-03-31 หรือ "31 มีนาคม 2567" ไม่ใช่ "${d.text}"`,
};

Object.assign(th, {
  'period-empty': () => 'กิจกรรมนี้ไม่ได้ระบุช่วงเวลา',
  'period-unparsed': (d: MessageData) => `อ่านช่วงเวลา "${d.text}" ไม่ได้: "${d.fragment}" ไม่ใช่วันที่ เดือน หรือช่วงเวลาที่รู้จัก`,
  'period-impossible-date': (d: MessageData) => `ช่วงเวลา "${d.text}" มีวันที่ที่ไม่มีอยู่จริง: "${d.fragment}"`,
  'period-inverted': (d: MessageData) => `ช่วงเวลา "${d.text}" วันสิ้นสุดอยู่ก่อนวันเริ่มต้น`,
  'period-no-year': (d: MessageData) => `ช่วงเวลา "${d.text}" ไม่ระบุปี และไม่ทราบปีงบประมาณของแผน`,
  'period-year-only': (d: MessageData) => `ช่วงเวลา "${d.text}" ระบุเพียงปี โปรดระบุเดือน (เช่น "มกราคม – มีนาคม ${d.fragment}")`,
} satisfies Record<string, Template>);

Object.assign(th, {
  naccWindowEarly: (d: MessageData, f: Formatter) => `เริ่ม ${f.date(String(d.start))} ก่อนช่วงเวลา${stepNames(d.steps, 'th')} ของ ป.ป.ช. จะเปิด (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  naccWindowLate: (d: MessageData, f: Formatter) => `สิ้นสุด ${f.date(String(d.end))} หลังช่วงเวลา${stepNames(d.steps, 'th')} ของ ป.ป.ช. ปิดแล้ว (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  naccWindowSupportLate: (d: MessageData, f: Formatter) => `สนับสนุนขั้นตอน${stepNames(d.steps, 'th')} แต่สิ้นสุด ${f.date(String(d.end))} หลังขั้นตอนนั้นปิดเมื่อ ${f.date(String(d.windowEnd))}`,
  quotedMismatch: (d: MessageData, f: Formatter) => `ช่วงเวลาของ ป.ป.ช. ที่อ้างไว้ (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)}) ไม่ตรงกับปฏิทิน ป.ป.ช. ขั้นตอน${stepNames(d.steps, 'th')} (${f.range(String(d.windowStart), String(d.windowEnd))})`,
  quotedOwnOutside: (d: MessageData, f: Formatter) => `ช่วงเวลาของหน่วยงาน (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) อยู่นอกช่วงเวลาของ ป.ป.ช. ที่อ้างไว้ (${f.range(String(d.quotedStart) || undefined, String(d.quotedEnd) || undefined)})`,
  outsideFiscalYear: (d: MessageData, f: Formatter) => `ช่วงเวลา (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) อยู่นอกปีงบประมาณ ${d.year} (${f.range(String(d.fyStart), String(d.fyEnd))})`,
  outsideFiscalYearOtherYear: (d: MessageData, f: Formatter) => `เป็นเรื่องการประเมินปี ${d.otherYear} อยู่นอกปีงบประมาณ ${d.year} (${f.range(String(d.start) || undefined, String(d.end) || undefined)}) ซึ่งเป็นเรื่องปกติสำหรับการทบทวนหรือประกาศผลปีก่อน`,
  stepOutOfOrder: (d: MessageData, f: Formatter) => `ขั้นตอน${stepNames(d.step, 'th')}สิ้นสุด ${f.date(String(d.end))} ก่อนขั้นตอน${stepNames(d.before, 'th')} (กิจกรรมที่ ${d.beforeSeq}) จะเริ่มในวันที่ ${f.date(String(d.beforeStart))}`,
  missingSteps: (d: MessageData) => `แผนไม่กล่าวถึง${missingNames(d.missing, 'th')} ทุกหน่วยงานต้องลงทะเบียนและรับการประเมินด้วยแบบวัด IIT EIT และ OIT`,
  seqDuplicate: (d: MessageData) => `ลำดับที่ ${d.seq} ซ้ำกัน`,
  seqOutOfOrder: (d: MessageData) => `ลำดับที่ ${d.seq} อยู่หลังลำดับที่ ${d.previous}`,
  seqSkipped: (d: MessageData) => `ลำดับที่ ${d.seq} ต่อจากลำดับที่ ${d.previous} ขาดลำดับที่ ${d.expected}`,
  unknownTool: (d: MessageData) => `"${d.word}" ไม่ใช่ชื่อแบบวัด หมายถึง ${d.suggestion} หรือไม่`,
  noResponsibleColumn: (d: MessageData) => `ตารางนี้ไม่มีคอลัมน์หน่วยงานรับผิดชอบสำหรับ ${d.activities} กิจกรรม`,
  responsibleEmpty: () => 'ไม่ได้ระบุหน่วยงานรับผิดชอบ',
  doneBeforeStart: (d: MessageData, f: Formatter) => `ระบุว่า "${d.status}" แต่เริ่ม ${f.date(String(d.start))} หลังวันที่รายงาน ${f.date(String(d.asOf))}`,
  openAfterEnd: (d: MessageData, f: Formatter) => `ยัง "${d.status}" ณ วันที่รายงาน ${f.date(String(d.asOf))} ทั้งที่ช่วงเวลาสิ้นสุดแล้วเมื่อ ${f.date(String(d.end))}`,
  noStatusAfterEnd: (d: MessageData, f: Formatter) => `ไม่ระบุสถานะ ณ วันที่รายงาน ${f.date(String(d.asOf))} ทั้งที่ช่วงเวลาสิ้นสุดแล้วเมื่อ ${f.date(String(d.end))}`,
  bahtTextMismatch: (d: MessageData) => `งบประมาณตัวเลข ${Number(d.amount).toLocaleString('th-TH')} บาท ไม่ตรงกับตัวอักษร "${d.words}" (ควรเป็น "${d.expected}")`,
  calendarMissing: (d: MessageData) => `ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ ${d.year} ในโปรแกรม (มีปี ${d.known}) จึงตรวจโดยไม่ใช้ปฏิทิน ระบุปฏิทินด้วย --calendar ไฟล์.json (ดูรูปแบบจาก ita-plan calendar --year 2567 --format json)`,
  calendarOtherYear: (d: MessageData) => `ปฏิทินที่ระบุเป็นของปีงบประมาณ ${d.calendarYear} แต่แผนเป็นของปี ${d.year} จึงข้ามการตรวจกับปฏิทิน`,
  calendarInvalid: (d: MessageData) => `ไฟล์ปฏิทินไม่ถูกต้องที่ ${d.path || '(ราก)'}: ${d.reason}`,
} satisfies Record<string, Template>);
