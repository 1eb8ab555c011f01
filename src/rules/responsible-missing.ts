import type { Messages } from '../findings/finding.js';
import type { Activity } from '../plan/schema.js';
import { at } from './helpers.js';
import { defineRule, type Finding } from './rule.js';

const messages = {
  noResponsibleColumn: {
    th: (d) => `ตารางนี้ไม่มีคอลัมน์หน่วยงานรับผิดชอบสำหรับ ${d.activities} กิจกรรม`,
    en: (d) => `this table has no responsible-unit column (หน่วยงานรับผิดชอบ) for its ${d.activities} activities`,
  },
  responsibleEmpty: {
    th: () => 'ไม่ได้ระบุหน่วยงานรับผิดชอบ',
    en: () => 'no responsible unit is given',
  },
} satisfies Messages;

export const responsibleMissing = defineRule({
  id: 'responsible-missing',
  defaultSeverity: 'warning',
  needsCalendar: false,
  description: {
    en: 'Every activity needs a responsible unit: a table with no responsible column gets one warning, an empty cell one warning per activity.',
    th: 'ทุกกิจกรรมต้องมีหน่วยงานรับผิดชอบ ตารางที่ไม่มีคอลัมน์ผู้รับผิดชอบได้รับคำเตือนหนึ่งครั้ง ช่องว่างได้รับคำเตือนรายกิจกรรม',
  },
  messages,
  check(plan) {
    const findings: Finding<keyof typeof messages>[] = [];
    // Activities grouped by table once: filtering them per table was quadratic in a document of many tables.
    const byTable = new Map<number, Activity[]>();
    for (const a of plan.activities) {
      const group = byTable.get(a.source.table);
      if (group) group.push(a);
      else byTable.set(a.source.table, [a]);
    }
    for (const table of plan.tables.filter((t) => t.kind === 'activities')) {
      const activities = byTable.get(table.index) ?? [];
      if (!table.columns.some((c) => c.role === 'responsible')) {
        findings.push({ line: table.line, messageId: 'noResponsibleColumn', data: { activities: activities.length } });
        continue;
      }
      for (const activity of activities) if (activity.responsible.length === 0) findings.push(at(activity, { messageId: 'responsibleEmpty' }, 'responsible'));
    }
    return findings;
  },
});
