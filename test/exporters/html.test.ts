import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddedCalendar } from '../../src/calendar/embedded.js';
import { parsePlan } from '../../src/parse.js';
import { escapeHtml, planToHtml } from '../../src/exporters/html/page.js';
import { validatePlan } from '../../src/validate.js';

export const XSS_PLAN = [
  'แผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ <script>alert("title")</script>',
  '',
  'ที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ',
  '1\tลงทะเบียน <script>alert(1)</script>\tมกราคม ๒๕๖๗\t"><img src=x onerror=alert(2)>',
  '2\t<b onmouseover=alert(3)>ตอบแบบวัด OIT</b>\tมีนาคม - พฤษภาคม ๒๕๖๗\t</td></tr><svg onload=alert(4)>',
].join('\n');

describe('planToHtml', () => {
  it('escapes every piece of plan text', () => {
    const plan = parsePlan(XSS_PLAN);
    const html = planToHtml({ plan, diagnostics: validatePlan(plan, { lang: 'th' }), calendar: embeddedCalendar(2567), lang: 'th' });
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('needs no network: no external URL, stylesheet or script', () => {
    const plan = parsePlan(readFileSync('fixtures/seeds/001-roi-et-2567.txt'));
    const html = planToHtml({ plan, diagnostics: validatePlan(plan), calendar: embeddedCalendar(2567), lang: 'en' });
    expect(html).not.toMatch(/(src|href)=["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/<link|<script|@import/i);
  });

  it('writes Thai month labels with Buddhist-era years under Thai, English ones under English', () => {
    const plan = parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt'));
    const th = planToHtml({ plan, diagnostics: [], lang: 'th' });
    expect(th).toContain(`<span class="m">ต.ค.</span> <span class="y">66</span>`);
    expect(th).toContain(`<span class="m">ก.ย.</span> <span class="y">67</span>`);
    expect(planToHtml({ plan, diagnostics: [], lang: 'en' })).toContain(`<span class="m">Oct</span> <span class="y">23</span>`);
  });

  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
