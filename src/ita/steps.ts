import type { Lang } from '../i18n/format.js';

// The NACC's assessment steps: their ids, order, names and aliases. The calendar, the classifier,
// the rules and the renderers ask here; the plan schema's StepIdSchema is made from STEP_IDS.

/** NACC calendar steps in their order; 'eit' is the undivided EIT of years before 2567. */
export const STEP_IDS = [
  'registration', 'iit-stakeholders', 'iit', 'eit', 'eit-1', 'eit-2', 'oit', 'oit-scoring', 'oit-clarify', 'oit-confirm', 'results',
] as const;
export type StepId = (typeof STEP_IDS)[number];


/** Short names of the NACC steps, for messages (a calendar's own step names are in its data). */
const NAMES: Record<StepId, { th: string; en: string }> = {
  registration: { th: 'ลงทะเบียนในระบบ ITAS', en: 'ITAS registration' },
  'iit-stakeholders': { th: 'ระบุ/อนุมัติข้อมูลผู้มีส่วนได้ส่วนเสียภายใน', en: 'internal stakeholder data' },
  iit: { th: 'เก็บข้อมูล IIT', en: 'IIT collection' },
  eit: { th: 'เก็บข้อมูล EIT', en: 'EIT collection' },
  'eit-1': { th: 'เก็บข้อมูล EIT ส่วนที่ ๑', en: 'EIT part 1 collection' },
  'eit-2': { th: 'เก็บข้อมูล EIT ส่วนที่ ๒', en: 'EIT part 2 collection' },
  oit: { th: 'ตอบ/อนุมัติแบบวัด OIT', en: 'OIT answers' },
  'oit-scoring': { th: 'ตรวจให้คะแนน OIT', en: 'OIT scoring' },
  'oit-clarify': { th: 'ชี้แจงข้อมูล OIT เพิ่มเติม', en: 'OIT clarification' },
  'oit-confirm': { th: 'ยืนยันผลคะแนน OIT', en: 'OIT score confirmation' },
  results: { th: 'ประกาศผลการประเมิน', en: 'results' },
};

export function stepNames(ids: string | number | undefined, lang: Lang): string {
  return String(ids ?? '')
    .split(/,\s*/)
    .filter(Boolean)
    .map((id) => NAMES[id as StepId]?.[lang] ?? id)
    .join(' / ');
}

export function missingNames(list: string | number | undefined, lang: Lang): string {
  const th: Record<string, string> = { registration: 'การลงทะเบียน' };
  return String(list ?? '')
    .split(/,\s*/)
    .map((x) => (lang === 'th' ? th[x] ?? `แบบวัด ${x}` : x === 'registration' ? 'registration' : x))
    .join(', ');
}

/**
 * Each NACC step written out in full, as plans and the NACC's announcements word it: the rows of the
 * calendar template (`calendar --template`) and of a draft plan (`new --year`). The classifier reads
 * each back as its step (test/ita/steps.test.ts).
 */
export const STEP_TEXTS: Record<StepId, string> = {
  registration: 'ลงทะเบียนเข้าสู่ระบบ ITAS',
  'iit-stakeholders': 'ระบุและอนุมัติข้อมูลผู้มีส่วนได้ส่วนเสียภายใน',
  iit: 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)',
  eit: 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)',
  'eit-1': 'เก็บข้อมูลแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ ๑',
  'eit-2': 'เก็บข้อมูลแบบวัด EIT ส่วนที่ ๒ (สำนักงาน ป.ป.ช. ประจำจังหวัดดำเนินการ)',
  oit: 'ตอบและอนุมัติแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)',
  'oit-scoring': 'ผู้ประเมินตรวจและให้คะแนน OIT',
  'oit-clarify': 'ชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม',
  'oit-confirm': 'ผู้ประเมินพิจารณาคำชี้แจงและยืนยันผลคะแนน OIT',
  results: 'ประกาศผลการประเมิน',
};

/** NACC step order: a later step scheduled wholly before an earlier one is a mistake. */
export const STEP_RANK: Record<StepId, number> = {
  registration: 1,
  'iit-stakeholders': 2,
  iit: 3,
  eit: 3,
  'eit-1': 3,
  'eit-2': 3,
  oit: 3,
  'oit-scoring': 4,
  'oit-clarify': 5,
  'oit-confirm': 6,
  results: 7,
};

/**
 * The steps the NACC and its assessors carry out themselves (EIT part 2 by its provincial office,
 * scoring, confirmation, the results): a plan that lists one gives the NACC's window, not its own work.
 */
export const NACC_STEPS: ReadonlySet<StepId> = new Set<StepId>(['eit-2', 'oit-scoring', 'oit-confirm', 'results']);

/** The steps that assess with each tool: a plan that has one of them has that tool's assessment. */
export const TOOL_STEPS: Record<'IIT' | 'EIT' | 'OIT', readonly StepId[]> = {
  IIT: ['iit'],
  EIT: ['eit', 'eit-1', 'eit-2'],
  OIT: ['oit', 'oit-scoring', 'oit-clarify', 'oit-confirm'],
};

/** Step ids that stand for each other across years: EIT was one step before 2567 and two after. */
export const STEP_ALIASES: Partial<Record<StepId, StepId[]>> = {
  eit: ['eit-1', 'eit-2'],
  'eit-1': ['eit'],
  'eit-2': ['eit'],
};

/** The short name of one NACC step. */
export function stepName(id: string, lang: Lang): string {
  return NAMES[id as StepId]?.[lang] ?? id;
}
