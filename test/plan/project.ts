import type { Activity, Plan } from '../../src/plan/schema.js';

/** The facts of a plan the expected fixtures pin down, in the fixtures' shape. */
export function projectPlan(plan: Plan) {
  return {
    title: plan.title,
    kind: plan.kind,
    asOf: plan.asOf,
    fiscalYear: plan.fiscalYear?.be,
    province: plan.province,
    administration: plan.administration,
    tables: plan.tables.map((t) => ({
      kind: t.kind,
      line: t.line,
      roles: t.columns.map((c) => c.role).join(','),
      rows: t.rows.length,
      headerLines: t.headerRows.map((r) => r.line),
      skipped: t.skippedRows.map((r) => `${r.line}:${r.kind}`),
    })),
    activities: plan.activities.map(projectActivity),
  };
}

const period = (p: Activity['period'] | undefined) =>
  !p ? null : 'error' in p ? { error: p.error.code } : { start: p.start ?? null, end: p.end ?? null, precision: p.precision };

export function projectActivity(a: Activity) {
  const odd = a.toolMentions.filter((m) => !['IIT', 'EIT', 'OIT'].includes(m));
  return {
    seq: a.seq,
    label: a.seqLabel,
    stepStartsWith: a.step.split('\n')[0].slice(0, 40),
    period: period(a.period),
    ...(a.naccPeriod !== undefined ? { naccPeriod: period(a.naccPeriod) } : {}),
    responsible: a.responsible.map((u) => (u.count ? `${u.name} (${u.count})` : u.name)),
    tools: a.tools,
    ...(odd.length ? { oddMentions: odd } : {}),
    ...(a.status ? { status: a.status.value } : {}),
    rows: a.source.rows,
  };
}
