// Writes fixtures/announcements/2570-letter.docx: a NACC-style letter (หนังสือราชการ) with the
// FY 2570 calendar as a table inside, made with the docx package (not string-built XML).
// The windows are test data for `ita-plan calendar import`, not NACC facts.
import { writeFileSync } from 'node:fs';
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const rows = [
  ['ที่', 'ขั้นตอนการดำเนินการ', 'ระยะเวลา'],
  ['๑', 'การลงทะเบียนเข้าสู่ระบบ ITAS', '๑ – ๓๑ มกราคม ๒๕๗๐'],
  ['๒', 'การระบุและอนุมัติข้อมูลผู้มีส่วนได้ส่วนเสียภายใน', '๑ – ๓๑ มกราคม ๒๕๗๐'],
  ['๓', 'การเก็บรวบรวมข้อมูลตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)', '๑ กุมภาพันธ์ – ๓๑ พฤษภาคม ๒๕๗๐'],
  ['๔', 'การเก็บรวบรวมข้อมูลตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ ๑', '๑ กุมภาพันธ์ – ๓๑ พฤษภาคม ๒๕๗๐'],
  ['๕', 'การเก็บรวบรวมข้อมูลตามแบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ส่วนที่ ๒', '๑ กุมภาพันธ์ – ๓๑ พฤษภาคม ๒๕๗๐'],
  ['๖', 'การตอบและอนุมัติข้อมูลตามแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)', '๑ มกราคม – ๓๐ เมษายน ๒๕๗๐'],
  ['๗', 'ผู้ประเมินตรวจสอบและให้คะแนนแบบวัด OIT', '๑ พฤษภาคม – ๕ มิถุนายน ๒๕๗๐'],
  ['๘', 'หน่วยงานชี้แจงข้อมูลการตอบแบบวัด OIT เพิ่มเติม', '๖ – ๑๘ มิถุนายน ๒๕๗๐'],
  ['๙', 'ผู้ประเมินพิจารณาคำชี้แจงและยืนยันผลคะแนน OIT', '๑๙ มิถุนายน – ๑ กรกฎาคม ๒๕๗๐'],
  ['๑๐', 'ประกาศและเผยแพร่ผลการประเมิน', 'สิงหาคม ๒๕๗๐'],
];

const text = (t, bold = false) => new Paragraph({ children: [new TextRun({ text: t, bold, font: 'TH Sarabun New', size: 32 })] });
const cell = (t, bold) => new TableCell({ children: [text(t, bold)] });
const table = new Table({
  width: { size: 100, type: WidthType.PERCENTAGE },
  rows: rows.map((r, i) => new TableRow({ tableHeader: i === 0, children: r.map((t) => cell(t, i === 0)) })),
});

const doc = new Document({
  sections: [{
    children: [
      text('ที่ ปช ๐๐๐๔/ว ๐๐๑๒'),
      new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: 'สำนักงาน ป.ป.ช. ถนนสนามบินน้ำ จังหวัดนนทบุรี ๑๑๐๐๐', size: 32 })] }),
      text('๒๕ พฤศจิกายน ๒๕๖๙'),
      text('เรื่อง ปฏิทินการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. ๒๕๗๐'),
      text('เรียน ผู้ว่าราชการจังหวัดทุกจังหวัด'),
      text('ด้วยสำนักงาน ป.ป.ช. ได้กำหนดปฏิทินการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๗๐ ขอให้หน่วยงานดำเนินการตามขั้นตอนและระยะเวลา ดังนี้'),
      table,
      text('จึงเรียนมาเพื่อโปรดทราบ และแจ้งหน่วยงานในสังกัดดำเนินการต่อไป'),
      text('ขอแสดงความนับถือ'),
    ],
  }],
});

writeFileSync(new URL('../fixtures/announcements/2570-letter.docx', import.meta.url), await Packer.toBuffer(doc));
