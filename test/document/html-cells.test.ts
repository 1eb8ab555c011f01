import { describe, expect, it } from 'vitest';
import { load } from 'cheerio/slim';
import { htmlFragmentsLines, nodeLines, type HtmlNode } from '../../src/document/readers/html-lines.js';
import { readText } from '../../src/document/readers/text.js';
import type { CheerioAPI } from 'cheerio';

/** The same fragment through a DOM (cheerio on htmlparser2): what the streaming reader must equal. */
function domLines(fragment: string) {
  const $ = load(fragment, null, false);
  return nodeLines($ as unknown as CheerioAPI, $.root().contents().toArray() as unknown as HtmlNode[]);
}

const FRAGMENTS = [
  '<p>๑. เตรียมบุคลากร</p> <p>๑.๑ ผู้ดูแลระบบ (Admin หน่วยงาน)</p>',
  '<p><b>๒) คณะทำงาน</b></p><p>มีหน้าที่ &amp; อำนาจ</p>',
  '<b>๔.๑) หัวข้อ</b> มีอำนาจหน้าที่', // partly bold: not a sub-heading
  'ก&nbsp;&nbsp;ข &lt;ค&gt; &#3665; &#x0E52;',
  'บรรทัดแรก<br>บรรทัดสอง<br/>บรรทัดสาม</br>สี่',
  '<p>ไม่ปิด<p>ย่อหน้าถัดไป<b>หนา',
  '<div>ก<script>alert(1)</script>ข<style>p{}</style></div>',
  'ก<!-- หมายเหตุ -->ข  \n  ค',
  'ก <!-- แยกข้อความ --> ข',
  '<ul><li>หนึ่ง</li><li><strong>สอง</strong></li></ul>',
  '</p>ปิดก่อนเปิด<span>ช่วง</span>',
  '<table><tr><td>ก</td><td>ข</td></tr></table>',
  // No "&": read without entity decoding (a faster tokenizer path) — the lines must not change.
  '<p>ก\u00a0ข\tค\r\nง</p>',
  '<title>หัว &amp; เรื่อง</title><textarea>ก <b>ข</b></textarea>',
  '<textarea>ก <b>ข</b></textarea><p a="x&y">ค</p>',
];

describe('HTML inside text cells, read as a stream', () => {
  it.each(FRAGMENTS)('reads %j into the same lines as the DOM reader', (fragment) => {
    expect(htmlFragmentsLines([fragment])).toEqual([domLines(fragment)]);
  });

  it('reads many cells in one call, each on its own (an unclosed tag ends with its cell)', () => {
    expect(htmlFragmentsLines(FRAGMENTS)).toEqual(FRAGMENTS.map(domLines));
    expect(htmlFragmentsLines(['<b>หนา', 'ธรรมดา'])).toEqual([[{ text: 'หนา', bold: true }], [{ text: 'ธรรมดา' }]]);
  });

  it('joins text split around an entity into one line and marks whole-bold lines', () => {
    expect(htmlFragmentsLines(['<p>ลงทะเบียน &amp; นำเข้า</p><p><b>(IIT)</b></p>'])[0]).toEqual([{ text: 'ลงทะเบียน & นำเข้า' }, { text: '(IIT)', bold: true }]);
  });

  it('keeps the raw HTML of a TSV cell beside its lines', () => {
    const doc = readText('กิจกรรม\tระยะเวลา\n<p>๑. เตรียม</p><p>๑.๑ ผู้ดูแล</p>\tมกราคม ๒๕๖๗\n');
    const table = doc.blocks[0];
    expect(table.kind).toBe('table');
    const cell = table.kind === 'table' ? table.rows[1].cells[0] : undefined;
    expect(cell).toEqual({ raw: '<p>๑. เตรียม</p><p>๑.๑ ผู้ดูแล</p>', text: '๑. เตรียม\n๑.๑ ผู้ดูแล', source: '๑. เตรียม\n๑.๑ ผู้ดูแล', lines: [{ text: '๑. เตรียม' }, { text: '๑.๑ ผู้ดูแล' }] });
  });
});
