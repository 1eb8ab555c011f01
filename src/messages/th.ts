import type { Formatter, MessageData } from './format.js';

type Template = (d: MessageData, f: Formatter) => string;

/** ข้อความภาษาไทย ตามรหัสข้อความ (ต้องมีครบทุกรหัสเดียวกับภาษาอังกฤษ: มีการทดสอบ) */
export const th: Record<string, Template> = {
  inputEmpty: () => 'ไฟล์ว่างเปล่า ไม่มีแผนให้อ่าน',
  inputBinary: () => 'ไฟล์นี้ไม่ใช่ข้อความ โปรดบันทึกแผนเป็นไฟล์ข้อความ (UTF-8) HTML หรือ .docx',
  inputPdf: () => 'ไฟล์นี้เป็น PDF โปรดคัดลอกตารางจาก PDF ลงไฟล์ข้อความ หรือใช้ไฟล์ Word/HTML ต้นฉบับ',
  inputOfficeZip: () => 'ไฟล์นี้เป็น Word/Excel (.docx/.xlsx) โปรดบันทึกเป็น "เว็บเพจ (.html)" หรือ "ข้อความ Unicode (.txt)" แล้วใช้ไฟล์นั้น',
  inputWord97: () => 'ไฟล์นี้เป็น Word/Excel รุ่นเก่า (.doc/.xls) โปรดเปิดแล้วบันทึกเป็น .html หรือข้อความ Unicode (.txt)',
  inputImage: () => 'ไฟล์นี้เป็นรูปภาพ โปรแกรมอ่านแผนที่สแกนไม่ได้ โปรดใช้ไฟล์ Word/HTML/ข้อความต้นฉบับ',
  inputUnknownEncoding: () => 'ข้อความไม่ได้เข้ารหัสเป็น UTF-8 หรือภาษาไทย Windows-874/TIS-620 โปรดบันทึกเป็น UTF-8 แล้วลองใหม่',
  inputUnreadable: (d) => `อ่านไฟล์ไม่ได้: ${d.reason}`,
  inputNotFound: () => 'ไม่พบไฟล์นี้',
  inputIsDirectory: () => 'นี่คือโฟลเดอร์ โปรดระบุไฟล์แผนในโฟลเดอร์ (เช่น "โฟลเดอร์/*.txt")',
  inputTooLarge: (d) => `ไฟล์มีขนาด ${d.size} MB เกินขีดจำกัด ${d.limit} MB`,
  noFilesMatched: (d) => `ไม่พบไฟล์ที่ตรงกับ "${d.pattern}"`,
  decodedWindows874: () => 'อ่านไฟล์ด้วยรหัสภาษาไทย Windows-874 (TIS-620) ควรบันทึกไฟล์เป็น UTF-8',
  noTable: () => 'ไม่พบตาราง แผนต้องมีตารางกิจกรรมพร้อมช่วงเวลา (ข้อความคั่นด้วยแท็บ ตาราง Markdown หรือตาราง HTML)',
  noActivityTable: (d) => `พบตาราง ${d.tables} ตาราง แต่ไม่มีตารางใดมีคอลัมน์ช่วงเวลา (ช่วงเวลา / ระยะเวลา) คู่กับคอลัมน์กิจกรรม`,
  fiscalYearUnknown: () => 'ไม่พบปีงบประมาณของแผน (เช่น "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗") และอนุมานจากวันที่ไม่ได้ โปรดระบุ --fiscal-year',
  fiscalYearInferred: (d) => `ชื่อแผนไม่ระบุปีงบประมาณ จึงถือเป็นปี ${d.year} ตามวันที่ของกิจกรรม`,
  orphanRow: () => 'แถวนี้ไม่มีลำดับ กิจกรรม หรือช่วงเวลา และไม่มีกิจกรรมก่อนหน้าให้ต่อข้อความ',
  extraCells: (d) => `แถวนี้มี ${d.cells} ช่อง แต่หัวตารางมี ${d.columns} คอลัมน์ ช่องที่เกินเก็บไว้เป็นคอลัมน์ไม่มีชื่อ`,
};

Object.assign(th, {
  'period-empty': () => 'กิจกรรมนี้ไม่ได้ระบุช่วงเวลา',
  'period-unparsed': (d: MessageData) => `อ่านช่วงเวลา "${d.text}" ไม่ได้: "${d.fragment}" ไม่ใช่วันที่ เดือน หรือช่วงเวลาที่รู้จัก`,
  'period-impossible-date': (d: MessageData) => `ช่วงเวลา "${d.text}" มีวันที่ที่ไม่มีอยู่จริง: "${d.fragment}"`,
  'period-inverted': (d: MessageData) => `ช่วงเวลา "${d.text}" วันสิ้นสุดอยู่ก่อนวันเริ่มต้น`,
  'period-no-year': (d: MessageData) => `ช่วงเวลา "${d.text}" ไม่ระบุปี และไม่ทราบปีงบประมาณของแผน`,
  'period-year-only': (d: MessageData) => `ช่วงเวลา "${d.text}" ระบุเพียงปี โปรดระบุเดือน (เช่น "มกราคม – มีนาคม ${d.fragment}")`,
} satisfies Record<string, Template>);
