import type { Lang } from '../i18n/format.js';

/** Short names of the NACC steps, for messages. */
const NAMES: Record<string, { th: string; en: string }> = {
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
    .map((id) => NAMES[id]?.[lang] ?? id)
    .join(' / ');
}

export function missingNames(list: string | number | undefined, lang: Lang): string {
  const th: Record<string, string> = { registration: 'การลงทะเบียน' };
  return String(list ?? '')
    .split(/,\s*/)
    .map((x) => (lang === 'th' ? th[x] ?? `แบบวัด ${x}` : x === 'registration' ? 'registration' : x))
    .join(', ');
}
