import type { Formatter, MessageData } from './format.js';
import type { UiMessageId, Words } from './en.js';
type Template = (d: MessageData, f: Formatter) => string;
/** คำของส่วนติดต่อผู้ใช้ภาษาไทย: ระดับของข้อสังเกต และป้ายที่รายงานและไฟล์ส่งออกใช้ร่วมกัน */
export declare const thWords: Words;
/** ข้อความของโปรแกรมเองภาษาไทย (ข้อความของข้อสังเกตอยู่กับข้อสังเกตแต่ละรายการใน src/findings/) ต้องมีครบทุกรหัสเดียวกับภาษาอังกฤษ */
export declare const th: Record<UiMessageId, Template>;
export {};
