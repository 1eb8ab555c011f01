import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const WEEK_5_OF_FEBRUARY_2566 = [
  'แผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๖',
  '',
  'ที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ',
  '๑\tประชุมชี้แจงการประเมิน\tสัปดาห์ที่ ๕ เดือนกุมภาพันธ์ ๒๕๖๖\tสำนักปลัด',
  '๒\tลงทะเบียนเข้าสู่ระบบ ITAS\t๑ - ๓๑ มกราคม ๒๕๖๖\tสำนักปลัด',
  '',
].join('\n');

describe('a week that does not exist (week 5 of February 2566)', () => {
  it('is period-impossible, and ICS export leaves the activity out instead of an internal error', () => {
    const ics = cli(['convert', '-', '--to', 'ics', '--lang', 'en'], { input: WEEK_5_OF_FEBRUARY_2566 });
    expect(ics.stderr).not.toMatch(/internal error/);
    expect(ics.stderr).toMatch(/<stdin>:4: error: .*names a day that does not exist.*\[period-impossible\]/);
    expect(ics.code).toBe(0);
    expect(ics.stdout.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    const validate = cli(['validate', '-', '--format', 'json'], { input: WEEK_5_OF_FEBRUARY_2566 });
    const found = JSON.parse(validate.stdout).files[0].diagnostics.map((d: { ruleId: string; line: number }) => `${d.ruleId}@${d.line}`);
    expect(found).toContain('period-impossible@4');
  });
});
