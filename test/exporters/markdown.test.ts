import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownText, planToMarkdown } from '../../src/exporters/markdown.js';
import { parsePlan } from '../../src/parse.js';

/** CommonMark + GFM tables with raw HTML allowed: what a permissive viewer would render. */
const md = new MarkdownIt({ html: true, linkify: true });

/** The tags a rendered export may contain: the document's own structure, nothing from the plan. */
const OWN_TAGS = new Set(['h1', 'ul', 'li', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br']);

function tagsOf(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
}

const HOSTILE = [
  'แผนการขับเคลื่อน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ <img src=x onerror=alert(0)>',
  '',
  'ที่\tกิจกรรม\tระยะเวลา\tหน่วยงานรับผิดชอบ',
  '1\tลงทะเบียน <script>alert(1)</script>\tมกราคม ๒๕๖๗\t[คลิก](javascript:alert(2))',
  '2\t&lt;script&gt;alert(3)&lt;/script&gt; ตอบแบบวัด\tมีนาคม ๒๕๖๗\t<javascript:alert(4)>',
  '3\t![x](javascript:alert(5)) **ตัวหนา** `code` ~~ขีด~~\tเมษายน ๒๕๖๗\t&#60;b&#62;หนา&#60;/b&#62; | ท่อ',
  '',
].join('\n');

describe('planToMarkdown escapes plan text as text', () => {
  const plan = parsePlan(HOSTILE);
  const out = planToMarkdown(plan, 'th');
  const html = md.render(out);

  it('renders no markup of the plan: no raw HTML, no attribute, no link, no image, no emphasis', () => {
    expect(tagsOf(html).filter((t) => !OWN_TAGS.has(t))).toEqual([]);
    expect(html).not.toMatch(/<[a-z][\w-]*\s/i);
  });

  it('shows every cell as the model has it, as text', () => {
    const decode = (h: string) => h.replace(/<br>/g, '\n').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => [...m[1].matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => decode(c[1])));
    expect(rows).toHaveLength(3);
    rows.forEach((cells, i) => {
      const a = plan.activities[i];
      expect(cells[1]).toBe(a.step);
      expect(cells[2]).toBe(a.period?.text);
    });
    expect(rows[0][4]).toBe('[คลิก](javascript:alert(2))');
    expect(rows[1][1]).toContain('<script>alert(3)</script>');
    expect(rows[2][1]).toContain('![x](javascript:alert(5))');
    expect(decode(html.match(/<h1>(.*)<\/h1>/)![1])).toContain('<img src=x onerror=alert(0)>');
  });

  it('keeps Thai and the seeds readable: nothing to escape in them but their own punctuation', () => {
    const seed = planToMarkdown(parsePlan(readFileSync('fixtures/seeds/003-chiang-mai-2567.txt')), 'th');
    expect(seed).toContain('| ๓ | ลงทะเบียนเข้าสู่ระบบ ITAS | ๑ - ๓๑ มกราคม ๒๕๖๗ |');
    expect(markdownText('ม.ค. - มี.ค. ๒๕๖๗ (OIT)')).toBe('ม.ค. - มี.ค. ๒๕๖๗ (OIT)');
  });
});
