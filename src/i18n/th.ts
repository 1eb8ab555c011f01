import type { Formatter, MessageData } from './format.js';
import type { UiMessageId, Words } from './en.js';
import { calendarTh } from './calendar.js';
import type { PeriodFailure, Precision } from '../plan/schema.js';

type Template = (d: MessageData, f: Formatter) => string;

/**
 * คำของส่วนติดต่อผู้ใช้ภาษาไทย: ระดับของข้อสังเกต ป้ายและหัวคอลัมน์ที่รายงาน ไฟล์ส่งออก (CSV, Excel,
 * Markdown, ปฏิทิน) และหน้ารายงานใช้ร่วมกัน สิ่งเดียวใช้คำเดียว (คำตามที่แผนจริงใน fixtures/seeds/ ใช้)
 */
export const thWords: Words = {
  error: 'ข้อผิดพลาด',
  warning: 'คำเตือน',
  info: 'หมายเหตุ',
  fiscalYear: 'ปีงบประมาณ',
  fiscalYearShort: 'ปีงบประมาณ',
  province: 'จังหวัด',
  drivePlan: 'แผนการขับเคลื่อน',
  progressReport: 'รายงานความก้าวหน้า',
  kind: 'ประเภท',
  asOf: 'ข้อมูล ณ วันที่',
  untitled: 'แผน (ไม่มีชื่อ)',
  seq: 'ที่',
  activity: 'กิจกรรม',
  detail: 'รายละเอียด',
  period: 'ช่วงเวลา (ตามแผน)',
  dates: 'ตรงกับวันที่',
  start: 'วันเริ่ม',
  end: 'วันสิ้นสุด',
  precision: 'ความละเอียด',
  naccPeriod: 'ช่วงเวลา (สำนักงาน ป.ป.ช.)',
  naccStart: 'วันเริ่ม (ป.ป.ช.)',
  naccEnd: 'วันสิ้นสุด (ป.ป.ช.)',
  responsible: 'หน่วยงานรับผิดชอบ',
  tools: 'แบบวัด',
  status: 'สถานะ',
  progress: 'ความก้าวหน้า ณ วันที่รายงาน',
  result: 'ผลการดำเนินการ',
  budget: 'งบประมาณ (บาท)',
  sourceLine: 'บรรทัดในไฟล์ต้นฉบับ',
  source: 'ที่มา',
};

/**
 * A period's precision and why it could not be read, as the Thai CSV writes them (the English CSV
 * keeps the values themselves: day, error:unparsed…), so that no English word stays in a Thai cell.
 */
export const thPrecisionWords: Record<Precision, string> = {
  day: 'วัน', week: 'สัปดาห์', 'part-month': 'ช่วงของเดือน', month: 'เดือน', quarter: 'ไตรมาส', 'fiscal-year': 'ปีงบประมาณ',
};
export const thPeriodErrorWords: Record<PeriodFailure['error']['code'], string> = {
  empty: 'ไม่ได้ระบุ', unparsed: 'อ่านไม่ได้', 'impossible-date': 'วันที่ไม่มีจริง', inverted: 'สิ้นสุดก่อนเริ่ม', 'no-year': 'ไม่ระบุปี', 'year-only': 'ระบุเพียงปี',
};

/** ข้อความของโปรแกรมเองภาษาไทย (ข้อความของข้อสังเกตอยู่กับข้อสังเกตแต่ละรายการใน src/findings/) ต้องมีครบทุกรหัสเดียวกับภาษาอังกฤษ */
export const th: Record<UiMessageId, Template> = {
  // writing outputs, reading settings
  outputIsInput: (d) => `-o ${d.output} จะเขียนทับไฟล์ต้นฉบับ ${d.input} โปรดตั้งชื่อไฟล์ผลลัพธ์เป็นชื่ออื่น`,
  outputIsFolder: (d) => `${d.output} เป็นโฟลเดอร์ โปรดระบุชื่อไฟล์ผลลัพธ์ (เช่น ${d.example})`,
  outputFolderMissing: (d) => `เขียน ${d.output} ไม่ได้: ไม่มีโฟลเดอร์ ${d.folder}`,
  outputNotWritable: (d) => `เขียน ${d.output} ไม่ได้: ไม่มีสิทธิ์เขียนที่นั่น หรือเป็นพื้นที่อ่านอย่างเดียว`,
  outputDiskFull: (d) => `เขียน ${d.output} ไม่ได้: ดิสก์เต็ม`,
  outputFailed: (d) => `เขียน ${d.output} ไม่ได้: ${d.reason}`,
  standardOutput: () => 'เอาต์พุตมาตรฐาน (stdout)',
  outputNeedsFolder: (d) => `มีแผน ${d.count} ฉบับ -o จึงต้องเป็นโฟลเดอร์ แต่ ${d.output} เป็นไฟล์`,
  reportReplaced: (d) => `เขียนทับหน้ารายงานเดิม ${d.output} แล้ว`,
  outputExists: (d) => `มีไฟล์ ${d.output} อยู่แล้ว โปรดตั้งชื่อไฟล์ใหม่ (หรือลบไฟล์เดิมก่อน) ไฟล์เดิมยังอยู่ครบ`,
  outputLinkLoop: (d) => `เขียน ${d.output} ไม่ได้: เป็นลิงก์ (symbolic link) ที่ชี้วนกลับมาที่ตัวเอง`,
  outputNotCalendar: (d) => `${d.output} ไม่ใช่ไฟล์ปฏิทิน จึงไม่เขียนทับ โปรดให้ -o เป็นชื่อใหม่ เช่น ${d.example}`,
  maxWarningsExceeded: (d) => `มีคำเตือน ${d.count} รายการ เกิน --max-warnings ${d.max}`,
  settingFileUnreadable: (d) => `${d.file}: ${d.reason}`,
  settingNotRegular: () => 'นี่ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์ ท่อส่งข้อมูล หรือซ็อกเก็ต) โปรดระบุไฟล์ JSON',
  settingIsFolder: () => 'นี่คือโฟลเดอร์ โปรดระบุไฟล์ JSON',
  noFilesMatched: (d) => `ไม่พบไฟล์ที่ตรงกับ ${d.patterns}`,
  globTooManyFiles: (d) => `รูปแบบ "${d.pattern}" ตรงกับไฟล์มากกว่า ${d.limit} ไฟล์ โปรดระบุโฟลเดอร์หรือรูปแบบที่แคบลง (เช่น plans/2567/*.txt)`,
  globSystemFolder: (d) => `รูปแบบ "${d.pattern}" ค้นหาในไฟล์ของระบบปฏิบัติการเอง (${d.kind}) ไม่ใช่ไฟล์แผน โปรดระบุโฟลเดอร์ที่เก็บแผน`,
  globTooLong: (d) => `รูปแบบ "${d.pattern}" ต้องค้นหามากเกินไป (เกิน ${d.entries} รายการในโฟลเดอร์ หรือนานเกิน ${d.seconds} วินาที) จึงหยุดค้นหา โปรดระบุโฟลเดอร์หรือรูปแบบที่แคบลง (เช่น plans/2567/*.txt)`,
  // บรรทัดคำสั่ง: การใช้คำสั่งไม่ถูกต้อง (รหัสออก 2)
  cliUnknownOption: (d) => `ไม่รู้จักตัวเลือก ${d.option}${d.hint ? ` (หมายถึง ${d.hint} หรือไม่)` : ''}`,
  cliUnknownCommand: (d) => `ไม่รู้จักคำสั่ง "${d.command}"${d.hint ? ` (หมายถึง ${d.hint} หรือไม่)` : ''}`,
  cliMissingArgument: (d) => `ขาด ${d.argument}: โปรดระบุไฟล์แผนอย่างน้อยหนึ่งไฟล์`,
  cliOptionMissingArgument: (d) => `${d.option} ต้องมีค่าตามหลัง`,
  cliInvalidChoice: (d) => `${d.option} ต้องเป็น ${d.choices} ไม่ใช่ "${d.value}"`,
  cliExcessArguments: (d) => `ระบุมากเกินไป: คำสั่ง ${d.command} รับ ${d.expected}`,
  cliOther: (d) => `ใช้คำสั่งไม่ถูกต้อง: ${d.text}`,
  yearInvalid: (d) => `ปีต้องเป็นปี พ.ศ. เช่น 2567 ไม่ใช่ "${d.value}"`,
  maxWarningsInvalid: (d) => `--max-warnings ต้องเป็นจำนวนเต็ม ไม่ใช่ "${d.value}"`,
  ruleUnknown: (d) => `${d.where}: ไม่รู้จักกฎ "${d.id}" กฎที่มีคือ ${d.known}`,
  ruleSettingInvalid: (d) => `${d.where}: กฎ "${d.id}" ตั้งได้เป็น off, info, warn หรือ error ไม่ใช่ "${d.value}"`,
  ruleFlagInvalid: (d) => `--rule ต้องเขียนเป็น รหัสกฎ=off|info|warn|error เช่น --rule missing-step=off (ได้รับ "${d.flag}")`,
  configNotFound: (d) => `ไม่พบไฟล์ตั้งค่า ${d.file}`,
  configNotJson: (d) => `${d.file}: ไม่ใช่ JSON ที่ถูกต้อง: ${d.reason}`,
  configNotObject: (d) => `${d.file}: ไฟล์ตั้งค่าต้องเป็นออบเจกต์ JSON`,
  configUnknownSetting: (d) => `${d.file}: ไม่รู้จักค่าตั้ง "${d.key}" (ที่มีคือ rules, calendar, maxWarnings)`,
  configRulesNotObject: (d) => `${d.file}: "rules" ต้องเป็นออบเจกต์ของ รหัสกฎ → off|info|warn|error`,
  configCalendarNotPath: (d) => `${d.file}: "calendar" ต้องเป็นที่อยู่ของไฟล์`,
  configMaxWarningsNotNumber: (d) => `${d.file}: "maxWarnings" ต้องเป็นจำนวนเต็ม`,
  convertNeedsFolder: (d) => `ระบุไฟล์ ${d.count} ไฟล์ โปรดเพิ่ม -o <โฟลเดอร์> เพื่อเขียนไฟล์ ${d.extension} หนึ่งไฟล์ต่อแผนลงในโฟลเดอร์นั้น`,
  reportOnePlan: (d) => `คำสั่ง report รับแผนเดียว แต่ "${d.arg}" ตรงกับ ${d.count} ไฟล์`,
  internalError: (d) => `เกิดข้อผิดพลาดภายในโปรแกรม: ${d.reason}\n(ตั้ง ITA_PLAN_DEBUG=1 เพื่อดูรายละเอียด และโปรดแจ้งปัญหานี้พร้อมไฟล์ที่ใช้)`,
  // วันที่ที่เขียนแบบ ISO (--as-of, ช่วงเวลาในปฏิทิน)
  dateNotReal: (d) => `"${d.text}" ไม่ใช่วันที่ที่มีอยู่จริง (เดือน ๑–๑๒ และวันไม่เกินวันสุดท้ายของเดือน)`,
  dateBuddhistEra: (d, f) => `"${d.text}" เขียนปีเป็น พ.ศ. จึงอ่านเป็น ${f.date(String(d.iso))} (${d.iso})`,
  asOfInvalid: (d) => `--as-of ต้องเป็นวันที่ เช่น 2024-03-31 หรือ "31 มีนาคม 2567" ไม่ใช่ "${d.text}"`,
  // ปฏิทิน ป.ป.ช.: ไฟล์ การนำเข้า แบบฟอร์ม ร่างแผน (src/i18n/calendar.ts)
  ...calendarTh,
  // report --pdf and the exports (issue 12)
  pdfWritten: (d) => `เขียนไฟล์ PDF (A4 แนวนอน) แล้ว: ${d.file}`,
  pdfNoChromium: (d) => `ไม่พบเบราว์เซอร์ Chromium ในเครื่องนี้ จึงสร้าง PDF เองไม่ได้ ให้เปิดไฟล์ ${d.html} ในเบราว์เซอร์ แล้วสั่งพิมพ์ (Ctrl+P) เลือก "บันทึกเป็น PDF" กระดาษ A4 แนวนอน (หรือติดตั้ง Chromium / ระบุที่อยู่ด้วยตัวแปร CHROMIUM_PATH)`,
  pdfNoPlaywright: (d) => `ไม่พบแพ็กเกจ playwright-core ที่ใช้สั่ง Chromium จึงสร้าง PDF ไม่ได้ ให้เปิดไฟล์ ${d.html} ในเบราว์เซอร์ แล้วสั่งพิมพ์ (Ctrl+P) เลือก "บันทึกเป็น PDF" กระดาษ A4 แนวนอน`,
  pdfFailed: (d) => `สร้าง PDF ด้วย Chromium ไม่สำเร็จ (${d.reason}) ให้เปิดไฟล์ ${d.html} ในเบราว์เซอร์ แล้วสั่งพิมพ์เป็น PDF กระดาษ A4 แนวนอน`,
  pdfNeedsFile: () => 'report --pdf ต้องเขียนหน้ารายงานลงไฟล์ โปรดระบุ -o <ไฟล์.html>',
  remindInvalid: (d) => `--remind ต้องเป็นจำนวนวัน เช่น 3d หรือ none ไม่ใช่ "${d.value}"`,
  binaryToTerminal: (d) => `ไฟล์ ${d.ext} ไม่ใช่ข้อความสำหรับแสดงบนจอ โปรดระบุ -o <ไฟล์${d.ext}>`,
};
