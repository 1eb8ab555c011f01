import type { Formatter, MessageData } from './format.js';
import { stepNames } from '../ita/steps.js';

type Template = (d: MessageData, f: Formatter) => string;
const s = (v: unknown) => String(v ?? '');

/** What a calendar file's value should have been (the schema's type names), in words. */
const EXPECTED: Record<string, { th: string; en: string }> = {
  object: { th: 'ออบเจกต์ JSON { … }', en: 'a JSON object { … }' },
  array: { th: 'รายการ [ … ]', en: 'a list [ … ]' },
  string: { th: 'ข้อความในเครื่องหมายคำพูด " "', en: 'text in quotes " "' },
  number: { th: 'ตัวเลข', en: 'a number' },
  int: { th: 'จำนวนเต็ม', en: 'a whole number' },
  boolean: { th: 'true หรือ false', en: 'true or false' },
};
const expected = (d: MessageData, lang: 'th' | 'en') => EXPECTED[s(d.expected)]?.[lang];

/** Messages about NACC calendars (files, import, discovery, plan-quoted windows, revisions), Thai. */
export const calendarTh = {
  calendarNotJson: (d) =>
    d.end ? 'ไม่ใช่ JSON ที่ถูกต้อง: ไฟล์จบก่อนที่ JSON จะครบ (ขาดวงเล็บหรือเครื่องหมายคำพูดปิด)' : d.line ? `ไม่ใช่ JSON ที่ถูกต้อง: ผิดที่บรรทัด ${d.line} อักขระที่ ${d.column} (ใกล้ "${d.near}")` : 'ไม่ใช่ JSON ที่ถูกต้อง',
  calendarRequired: (d) => `ขาดค่า "${d.key}"`,
  calendarWrongType: (d) => (expected(d, 'th') ? `ต้องเป็น${expected(d, 'th')} แต่เขียนไว้เป็น ${d.value}` : `ค่านี้ไม่ถูกรูปแบบ (${d.value})`),
  calendarUnknownStep: (d) => `ไม่รู้จักขั้นตอน "${d.value}" (ขั้นตอนที่มี: ${d.known})`,
  calendarBadValue: (d) => `ค่า "${d.value}" ใช้ไม่ได้ (ใช้ได้: ${d.known})`,
  calendarEmpty: (d) => `"${d.key}" ว่าง ต้องมีอย่างน้อยหนึ่งรายการ`,
  calendarBadYear: (d) => `ปีงบประมาณ "${d.value}" ไม่ใช่ปี พ.ศ. (เช่น ๒๕๗๐)`,
  calendarBadDate: (d) => `อ่านวันที่ "${d.text}" ไม่ได้ (เขียนเช่น ๓๑ ม.ค. ๒๕๗๐ หรือ 2027-01-31)`,
  calendarBadWindow: (d) => `อ่านช่วงเวลา ${d.text} ไม่ได้${d.fragment ? ` ("${d.fragment}")` : ''} (เขียนเช่น "๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐")`,
  calendarOpenWindow: (d) => `ช่วงเวลา "${d.text}" ไม่มีทั้งวันเริ่มและวันสิ้นสุด ปฏิทินต้องระบุทั้งสองวัน`,
  calendarWindowInverted: (d, f) => `ช่วงเวลาสิ้นสุด (${f.date(s(d.end))}) ก่อนเริ่ม (${f.date(s(d.start))})`,
  calendarOutsideYear: (d, f) => `${f.date(s(d.date))} อยู่นอกปีงบประมาณ ${d.year} (${f.range(s(d.fyStart), s(d.fyEnd))})`,
  calendarFileMissing: (d) => `ไม่พบไฟล์ปฏิทิน ${d.file}`,
  calendarFileUnreadable: (d) => `อ่านไฟล์ปฏิทิน ${d.file} ไม่ได้ (${d.reason})`,
  calendarFileInvalid: (d) => `ไฟล์ปฏิทิน ${d.file} มีข้อผิดพลาด:`,
  importNoYear: () => 'ประกาศไม่ระบุปีงบประมาณ โปรดระบุ --year (เช่น --year 2570)',
  importNothing: () => 'ไม่พบขั้นตอนของปฏิทิน ป.ป.ช. ในเอกสารนี้ (ต้องเป็นตารางหรือรายการของขั้นตอนพร้อมช่วงเวลา)',
  importUnplaced: (d) => `แถว ${d.row}: ไม่รู้ว่า "${d.text}" เป็นขั้นตอนใดของ ป.ป.ช.`,
  importNoPeriod: (d) => `แถว ${d.row}: ขั้นตอน${stepNames(d.steps, 'th')} ("${d.text}") ไม่มีช่วงเวลา`,
  importBadPeriod: (d) => `แถว ${d.row}: อ่านช่วงเวลา "${d.text}" ไม่ได้${d.fragment ? ` ("${d.fragment}")` : ''}`,
  importOpenPeriod: (d) => `แถว ${d.row}: ช่วงเวลา "${d.text}" ไม่มีทั้งวันเริ่มและวันสิ้นสุด`,
  importDuplicate: (d) => `แถว ${d.row}: ขั้นตอน${stepNames(d.steps, 'th')} มีอยู่แล้วในแถว ${d.other}`,
  importOutsideYear: (d, f) => `แถว ${d.row}: ช่วงเวลา "${d.text}" อยู่นอกปีงบประมาณ ${d.year} (${f.range(s(d.fyStart), s(d.fyEnd))})`,
  importNotWritten: () => 'ไม่ได้บันทึกปฏิทิน: แก้ไขเอกสารแล้วนำเข้าใหม่ หรือใช้ --force เพื่อบันทึกขั้นตอนที่อ่านได้',
  importWrote: (d) => `บันทึกปฏิทิน ป.ป.ช. ปีงบประมาณ ${d.year} (${d.steps} ขั้นตอน) ที่ ${d.file}`,
  importRevised: (d) => `ปรับปรุงช่วงเวลา ${d.count} ขั้นตอนจากปฏิทินเดิม (เก็บช่วงเวลาเดิมไว้เป็นประวัติ)`,
  importExists: (d) => `มีปฏิทิน ป.ป.ช. ปีงบประมาณ ${d.year} อยู่แล้วที่ ${d.file} จึงยังไม่ได้เปลี่ยน หากต้องการแทนที่ด้วยหนังสือฉบับนี้ (ช่วงเวลาที่เปลี่ยนจะเก็บเป็นการปรับปรุงพร้อมวันที่ของวันนี้ ช่วงเวลาเดิมยังเก็บไว้) ให้สั่งคำสั่งเดิมอีกครั้งโดยเพิ่ม --force`,
  importExistsOtherYear: (d) => `${d.file} เป็นปฏิทิน ป.ป.ช. ของปีงบประมาณ ${d.other} ไม่ใช่ปี ${d.year} จึงไม่เขียนทับ โปรดให้ -o เป็นชื่ออื่น เช่น ${d.year}.json (หรือเพิ่ม --force เพื่อแทนที่)`,
  importUnchanged: (d) => `${d.file} มีปฏิทิน ป.ป.ช. ปีงบประมาณ ${d.year} ตรงกับหนังสือฉบับนี้อยู่แล้ว ไม่มีสิ่งใดเปลี่ยน`,
  importReplaced: (d) => `แทนที่ปฏิทิน ป.ป.ช. ปีงบประมาณ ${d.year} ที่ ${d.file} แล้ว (${d.steps} ขั้นตอน ปรับปรุงช่วงเวลา ${d.count} ขั้นตอน ช่วงเวลาเดิมเก็บไว้เป็นประวัติ)`,
  importReplacedOtherYear: (d) => `แทนที่ ${d.file} (เดิมเป็นปฏิทินปีงบประมาณ ${d.other}) ด้วยปฏิทิน ป.ป.ช. ปีงบประมาณ ${d.year} (${d.steps} ขั้นตอน) แล้ว`,
  calendarReplacesBuiltIn: (d) => `ตรวจเทียบกับปฏิทิน ป.ป.ช. ปีงบประมาณ ${d.year} จากไฟล์ ${d.file} (--calendar) แทนปฏิทินที่มากับโปรแกรม`,
  importBuiltInYear: (d) => `โปรแกรมมีปฏิทิน ป.ป.ช. ปีงบประมาณ ${d.year} อยู่แล้วและใช้ปฏิทินนั้นเอง หากต้องการตรวจแผนกับปฏิทินที่นำเข้านี้แทน ให้ระบุ --calendar ${d.file}`,
  calendarNone: (d) => `ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ ${d.year} (ในโปรแกรมมีปี ${d.known}) นำเข้าประกาศของ ป.ป.ช. ด้วยคำสั่ง ita-plan calendar import ไฟล์ประกาศ`,
  templateWrote: (d) => `เขียนแบบฟอร์มปฏิทินปีงบประมาณ ${d.year} ที่ ${d.file} กรอกช่วงเวลาแล้วนำเข้าด้วย ita-plan calendar import ${d.file}`,
  draftWrote: (d) => `เขียนร่างแผนปีงบประมาณ ${d.year} (${d.activities} กิจกรรม) ที่ ${d.file}`,
  draftNoCalendar: (d: MessageData) => `ยังไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณ ${d.year} จึงเขียนร่างแผนไม่ได้ นำเข้าประกาศของ ป.ป.ช. ก่อนด้วย ita-plan calendar import ไฟล์ประกาศ`,
} satisfies Record<string, Template>;

/** The same messages in English. */
export const calendarEn = {
  calendarNotJson: (d) =>
    d.end ? 'not valid JSON: the file ends before the JSON does (a closing bracket or quote is missing)' : d.line ? `not valid JSON: a mistake at line ${d.line}, character ${d.column} (near "${d.near}")` : 'not valid JSON',
  calendarRequired: (d) => `"${d.key}" is missing`,
  calendarWrongType: (d) => (expected(d, 'en') ? `must be ${expected(d, 'en')}, not ${d.value}` : `this value has the wrong form (${d.value})`),
  calendarUnknownStep: (d) => `unknown step "${d.value}" (steps: ${d.known})`,
  calendarBadValue: (d) => `"${d.value}" is not allowed (allowed: ${d.known})`,
  calendarEmpty: (d) => `"${d.key}" is empty: it needs at least one entry`,
  calendarBadYear: (d) => `fiscal year "${d.value}" is not a Buddhist-era year (such as 2570)`,
  calendarBadDate: (d) => `cannot read the date "${d.text}" (write e.g. ๓๑ ม.ค. ๒๕๗๐ or 2027-01-31)`,
  calendarBadWindow: (d) => `cannot read the window ${d.text}${d.fragment ? ` ("${d.fragment}")` : ''} (write e.g. "๑ ม.ค. – ๓๐ เม.ย. ๒๕๗๐")`,
  calendarOpenWindow: (d) => `the window "${d.text}" lacks a first or a last day: a calendar needs both`,
  calendarWindowInverted: (d, f) => `the window ends (${f.date(s(d.end))}) before it starts (${f.date(s(d.start))})`,
  calendarOutsideYear: (d, f) => `${f.date(s(d.date))} is outside fiscal year ${d.year} (${f.range(s(d.fyStart), s(d.fyEnd))})`,
  calendarFileMissing: (d) => `calendar file not found: ${d.file}`,
  calendarFileUnreadable: (d) => `cannot read the calendar ${d.file} (${d.reason})`,
  calendarFileInvalid: (d) => `the calendar ${d.file} has mistakes:`,
  importNoYear: () => 'the announcement does not say its fiscal year: give --year (e.g. --year 2570)',
  importNothing: () => 'no NACC calendar step was found in this document (it needs a table or list of steps with periods)',
  importUnplaced: (d) => `row ${d.row}: cannot tell which NACC step "${d.text}" is`,
  importNoPeriod: (d) => `row ${d.row}: the ${stepNames(d.steps, 'en')} step ("${d.text}") has no period`,
  importBadPeriod: (d) => `row ${d.row}: cannot read the period "${d.text}"${d.fragment ? ` ("${d.fragment}")` : ''}`,
  importOpenPeriod: (d) => `row ${d.row}: the period "${d.text}" lacks a first or a last day`,
  importDuplicate: (d) => `row ${d.row}: the ${stepNames(d.steps, 'en')} step was already given in row ${d.other}`,
  importOutsideYear: (d, f) => `row ${d.row}: the period "${d.text}" is outside fiscal year ${d.year} (${f.range(s(d.fyStart), s(d.fyEnd))})`,
  importNotWritten: () => 'nothing written: correct the document and import it again, or use --force to keep the steps that were read',
  importWrote: (d) => `wrote the NACC calendar of fiscal year ${d.year} (${d.steps} steps) to ${d.file}`,
  importRevised: (d) => `${d.count} windows revised from the calendar already there (the earlier windows are kept as history)`,
  importExists: (d) => `${d.file} already holds the NACC calendar of fiscal year ${d.year}, so it was left as it was: to replace it with this announcement (windows that changed are kept as revisions dated today, the earlier ones as history), run the same command again with --force`,
  importExistsOtherYear: (d) => `${d.file} holds the NACC calendar of fiscal year ${d.other}, not ${d.year}, so it is not written over: give -o another name such as ${d.year}.json (or add --force to replace it)`,
  importUnchanged: (d) => `${d.file} already holds this NACC calendar of fiscal year ${d.year}: nothing changed`,
  importReplaced: (d) => `replaced the NACC calendar of fiscal year ${d.year} in ${d.file} (${d.steps} steps; ${d.count} windows revised, the earlier ones kept as history)`,
  importReplacedOtherYear: (d) => `replaced ${d.file} (the calendar of fiscal year ${d.other}) with the NACC calendar of fiscal year ${d.year} (${d.steps} steps)`,
  calendarReplacesBuiltIn: (d) => `checking against the NACC calendar of fiscal year ${d.year} from ${d.file} (--calendar), not the built-in one`,
  importBuiltInYear: (d) => `the tool has the NACC calendar of fiscal year ${d.year} built in and uses it by itself: to check plans against this one instead, give --calendar ${d.file}`,
  calendarNone: (d) => `no NACC calendar for fiscal year ${d.year} (built in: ${d.known}): import the NACC's announcement with: ita-plan calendar import FILE`,
  templateWrote: (d) => `wrote a calendar form for fiscal year ${d.year} to ${d.file}: fill in the periods, then run: ita-plan calendar import ${d.file}`,
  draftWrote: (d) => `wrote the draft plan of fiscal year ${d.year} (${d.activities} activities) to ${d.file}`,
  draftNoCalendar: (d) => `no NACC calendar for fiscal year ${d.year}, so no draft plan can be written: first import the NACC's announcement with: ita-plan calendar import FILE`,
} satisfies Record<string, Template>;
