import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse.js';
import { splitResponsible, parseBudget, findTools } from '../../src/plan/fields.js';

const TITLE = 'แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ องค์การบริหารส่วนตำบลบ้านใหม่ อำเภอเมือง จังหวัดนครราชสีมา';
const tsv = (...rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');

describe('tab-separated text', () => {
  it('a straight quote at the start of a cell does not swallow the rows after it', () => {
    const plan = parsePlan(
      [TITLE, '', tsv(['ที่', 'กิจกรรม', 'ระยะเวลา', 'ผู้รับผิดชอบ'], ['๑', '"ITA" ประชุมชี้แจง', 'มกราคม ๒๕๖๗', 'สำนักปลัด'], ['๒', 'ลงทะเบียนในระบบ ITAS', '๑ - ๓๑ มกราคม ๒๕๖๗', 'สำนักปลัด'], ['๓', '“เผยแพร่” ข้อมูล OIT', 'เมษายน ๒๕๖๗', 'กองคลัง'])].join('\n'),
    );
    expect(plan.activities.map((a) => a.step)).toEqual(['"ITA" ประชุมชี้แจง', 'ลงทะเบียนในระบบ ITAS', '“เผยแพร่” ข้อมูล OIT']);
    expect(plan.administration).toBe('องค์การบริหารส่วนตำบลบ้านใหม่');
    expect(plan.province).toBe('นครราชสีมา');
  });

  it('keeps unknown columns by their header, and budget with baht text', () => {
    const plan = parsePlan([TITLE, tsv(['ลำดับ', 'โครงการ/กิจกรรม', 'ตัวชี้วัด', 'งบประมาณ', 'ระยะเวลา'], ['1', 'อบรมคุณธรรม', 'ร้อยละ 80', '10,000 บาท (หนึ่งหมื่นบาทถ้วน)', 'ไตรมาสที่ 2'])].join('\n'));
    const [a] = plan.activities;
    expect(a.cells.map((c) => [c.header, c.role])).toEqual([['ลำดับ', 'seq'], ['โครงการ/กิจกรรม', 'activity'], ['ตัวชี้วัด', 'other'], ['งบประมาณ', 'budget'], ['ระยะเวลา', 'period']]);
    expect(a.cells[2].text).toBe('ร้อยละ 80');
    expect(a.budget).toEqual({ text: '10,000 บาท (หนึ่งหมื่นบาทถ้วน)', amount: 10000, words: 'หนึ่งหมื่นบาทถ้วน' });
    expect(a.period).toMatchObject({ start: '2024-01-01', end: '2024-03-31', precision: 'quarter', yearAssumed: true });
  });

  it('warns about cells beyond the header instead of dropping them', () => {
    const plan = parsePlan(tsv(['ที่', 'กิจกรรม', 'ระยะเวลา'], ['1', 'ลงทะเบียน', 'มกราคม 2567', 'เกินมา']));
    expect(plan.activities[0].cells[3]).toMatchObject({ header: '', role: 'other', text: 'เกินมา' });
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('table-shape');
  });

  it('reads a table without a header row from its content', () => {
    const plan = parsePlan([TITLE, tsv(['1', 'ลงทะเบียนเข้าสู่ระบบ ITAS', '1 - 31 ม.ค. 67', 'สำนักปลัด'], ['2', 'ตอบแบบวัด OIT', '1 ม.ค. - 30 เม.ย. 67', 'กองคลัง'])].join('\n'));
    expect(plan.tables[0].columns.map((c) => c.role)).toEqual(['seq', 'activity', 'period', 'responsible']);
    expect(plan.activities.map((a) => [a.seq, a.period && 'end' in a.period ? a.period.end : null])).toEqual([[1, '2024-01-31'], [2, '2024-04-30']]);
  });

  it('says plainly when there is no table, and when no table has periods', () => {
    expect(parsePlan('แผนการขับเคลื่อน ITA ปี 2567\nยังไม่มีตาราง').diagnostics.map((d) => d.messageId)).toContain('noTable');
    expect(parsePlan(tsv(['หน่วยงาน', 'ผู้รับผิดชอบ'], ['สำนักปลัด', 'นาย ก'])).diagnostics.map((d) => d.messageId)).toContain('noActivityTable');
  });

  it('infers the fiscal year from the dates when the title has none, and says so', () => {
    const plan = parsePlan(tsv(['ที่', 'กิจกรรม', 'ระยะเวลา'], ['1', 'ทบทวนผล', 'พฤศจิกายน 2566'], ['2', 'ลงทะเบียน', 'มกราคม 2567'], ['3', 'ตอบ OIT', 'มีนาคม']));
    expect(plan.fiscalYear).toEqual({ be: 2567, ce: 2024, source: 'periods' });
    expect(plan.activities[2].period).toMatchObject({ start: '2024-03-01', yearAssumed: true });
    expect(plan.diagnostics.map((d) => d.ruleId)).toContain('fiscal-year-inferred');
  });
});

describe('Markdown', () => {
  it('reads pipe tables with |---| rules, escaped pipes and bold', () => {
    const md = ['# แผนการขับเคลื่อน ITA ปีงบประมาณ 2567', '', '| ที่ | กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ |', '|---|:---|---|---|', '| 1 | **ลงทะเบียน** ITAS | ม.ค. 67 | สำนักปลัด \\| กองคลัง |', '| 2 | ตอบแบบวัด OIT | ม.ค. - เม.ย. 67 | กองคลัง |'].join('\n');
    const plan = parsePlan(md);
    expect(plan.activities).toHaveLength(2);
    expect(plan.activities[0].step).toBe('ลงทะเบียน ITAS');
    expect(plan.activities[0].responsible.map((u) => u.name)).toEqual(['สำนักปลัด | กองคลัง']);
    expect(plan.fiscalYear?.be).toBe(2567);
  });
});

describe('HTML tables', () => {
  it('expands colspan/rowspan, reads a two-row header, <br> and entities, and the second of two tables', () => {
    const html = `<!doctype html><html><body>
      <h1>แผนการขับเคลื่อนการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ เทศบาลตำบลหนองปรือ จังหวัดชลบุรี</h1>
      <table><tr><td>หมายเหตุ</td><td>ตารางอื่น</td></tr><tr><td>ก</td><td>ข</td></tr></table>
      <table>
        <thead><tr><th>ที่</th><th>กิจกรรม</th><th>ระยะเวลา</th><th>ผู้รับผิดชอบ</th></tr></thead>
        <tbody>
          <tr><td>1</td><td>ลงทะเบียน &amp; นำเข้าข้อมูล</td><td rowspan="2">มกราคม&nbsp;๒๕๖๗</td><td>สำนักปลัด<br>กองคลัง</td></tr>
          <tr><td>2</td><td><p>ระบุผู้มีส่วนได้ส่วนเสียภายใน</p><p><b>(IIT)</b></p></td><td colspan="1">กองการเจ้าหน้าที่</td></tr>
          <tr><td>3</td><td colspan="2">ตอบแบบวัด OIT ภายใน ๓๐ เมษายน ๒๕๖๗</td><td>ทุกกอง</td></tr>
        </tbody>
      </table></body></html>`;
    const plan = parsePlan(html);
    expect(plan.format).toBe('html');
    expect(plan.tables.map((t) => t.kind)).toEqual(['other', 'activities']);
    expect(plan.administration).toBe('เทศบาลตำบลหนองปรือ');
    const [a, b, c] = plan.activities;
    expect(a.step).toBe('ลงทะเบียน & นำเข้าข้อมูล');
    expect(a.responsible.map((u) => u.name)).toEqual(['สำนักปลัด', 'กองคลัง']);
    expect(b.period).toMatchObject({ start: '2024-01-01', end: '2024-01-31' });
    expect(b.cells[1].lines).toEqual([{ text: 'ระบุผู้มีส่วนได้ส่วนเสียภายใน' }, { text: '(IIT)', bold: true }]);
    expect(c.period).toMatchObject({ error: { code: 'unparsed' } });
  });

  it('is chosen by content, not by file name', () => {
    expect(parsePlan('<table><tr><td>ที่</td><td>กิจกรรม</td><td>ระยะเวลา</td></tr><tr><td>1</td><td>ก</td><td>ม.ค. 67</td></tr></table>').format).toBe('html');
  });
});

describe('fields', () => {
  it.each([
    ['- สนจ.เชียงใหม่ - อปท. ทุกแห่ง', ['สนจ.เชียงใหม่', 'อปท. ทุกแห่ง']],
    ['ส่วนราชการภูมิภาค ๓๑ แห่ง อปท. ๔๙ แห่ง', ['ส่วนราชการภูมิภาค (31)', 'อปท. (49)']],
    ['กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด สำนักงานจังหวัดสมุทรปราการ', ['กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด สำนักงานจังหวัดสมุทรปราการ']],
    ['สำนักปลัด, กองคลัง, กองช่าง', ['สำนักปลัด', 'กองคลัง', 'กองช่าง']],
    ['', []],
  ])('splits "%s"', (text, units) => {
    expect(splitResponsible(text).map((u) => (u.count ? `${u.name} (${u.count})` : u.name))).toEqual(units);
  });

  it('finds tools by acronym and Thai name, EIT parts, and near-misses', () => {
    expect(findTools('แบบวัด EIT ส่วนที่ ๒ และ (OIT)')).toEqual({ tools: ['EIT', 'EIT-2', 'OIT'], mentions: ['EIT', 'OIT'] });
    expect(findTools('แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EET)')).toEqual({ tools: ['EIT'], mentions: ['EET'] });
    expect(findTools('ระบบ ITAS ผ่าน URL หรือ QR Code').mentions).toEqual([]);
  });

  it('reads budgets written in many ways', () => {
    expect(parseBudget('๕,๐๐๐')).toEqual({ text: '๕,๐๐๐', amount: 5000 });
    expect(parseBudget('ไม่ใช้งบประมาณ')).toEqual({ text: 'ไม่ใช้งบประมาณ' });
    expect(parseBudget('-')).toEqual({ text: '-' });
  });
});
