import type { Formatter, MessageData } from './format.js';
import type { UiMessageId } from './en.js';

type Template = (d: MessageData, f: Formatter) => string;

/** ข้อความของโปรแกรมเองภาษาไทย (ข้อความของข้อสังเกตอยู่กับข้อสังเกตแต่ละรายการใน src/findings/) ต้องมีครบทุกรหัสเดียวกับภาษาอังกฤษ */
export const th: Record<UiMessageId, Template> = {
  // writing outputs, reading settings
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
  calendarInvalid: (d) => `ไฟล์ปฏิทินไม่ถูกต้องที่ ${d.path || '(ราก)'}: ${d.reason}`,
  // วันที่ที่เขียนแบบ ISO (--as-of, ช่วงเวลาในปฏิทิน)
  dateNotReal: (d) => `"${d.text}" ไม่ใช่วันที่ที่มีอยู่จริง (เดือน ๑–๑๒ และวันไม่เกินวันสุดท้ายของเดือน)`,
  dateBuddhistEra: (d, f) => `"${d.text}" เขียนปีเป็น พ.ศ. จึงอ่านเป็น ${f.date(String(d.iso))} (${d.iso})`,
  asOfInvalid: (d) => `--as-of ต้องเป็นวันที่ เช่น 2024-03-31 หรือ "31 มีนาคม 2567" ไม่ใช่ "${d.text}"`,
};
