import type { Severity } from '../plan/schema.js';
import { RULES } from '../rules/index.js';

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  description: { th: string; en: string };
}

/** Findings that come from reading the document rather than from a rule, described the same way. */
const READING: RuleInfo[] = [
  { id: 'input', defaultSeverity: 'error', description: { en: 'The file cannot be read as a plan: missing, empty, binary, PDF or Word, or an unknown encoding.', th: 'อ่านไฟล์เป็นแผนไม่ได้ เช่น ไม่พบไฟล์ ไฟล์ว่าง ไฟล์ไบนารี PDF หรือ Word หรือการเข้ารหัสที่ไม่รู้จัก' } },
  { id: 'encoding', defaultSeverity: 'info', description: { en: 'The file was decoded from the legacy Thai encoding Windows-874 / TIS-620.', th: 'อ่านไฟล์ด้วยรหัสภาษาไทยแบบเก่า Windows-874 / TIS-620' } },
  { id: 'no-activities', defaultSeverity: 'error', description: { en: 'No table of activities with periods was found.', th: 'ไม่พบตารางกิจกรรมที่มีช่วงเวลา' } },
  { id: 'fiscal-year-unknown', defaultSeverity: 'warning', description: { en: "The plan's fiscal year is neither stated nor inferable from its dates.", th: 'ไม่พบปีงบประมาณของแผนและอนุมานจากวันที่ไม่ได้' } },
  { id: 'fiscal-year-inferred', defaultSeverity: 'info', description: { en: "The fiscal year was inferred from the activities' dates.", th: 'อนุมานปีงบประมาณจากวันที่ของกิจกรรม' } },
  { id: 'table-shape', defaultSeverity: 'warning', description: { en: 'A row has more cells than its table header; the extra cells are kept unnamed.', th: 'แถวมีช่องมากกว่าหัวตาราง ช่องที่เกินเก็บไว้โดยไม่มีชื่อ' } },
  { id: 'orphan-row', defaultSeverity: 'warning', description: { en: 'A continuation row with no activity above it.', th: 'แถวต่อเนื่องที่ไม่มีกิจกรรมก่อนหน้า' } },
  { id: 'calendar-missing', defaultSeverity: 'warning', description: { en: "No NACC calendar is known for the plan's fiscal year; calendar checks are skipped.", th: 'ไม่มีปฏิทิน ป.ป.ช. ของปีงบประมาณของแผน จึงข้ามการตรวจกับปฏิทิน' } },
];

export function ruleCatalog(): RuleInfo[] {
  return [...RULES.map(({ id, defaultSeverity, description }) => ({ id, defaultSeverity, description })), ...READING];
}
