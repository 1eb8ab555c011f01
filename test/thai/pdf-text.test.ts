import { describe, expect, it } from 'vitest';
import { joinWrapped, repairPdfThai } from '../../src/thai/pdf-text.js';

describe('Thai text from a PDF text layer', () => {
  it('private-use glyph variants (U+F700–U+F71A, TH Sarabun-style fonts) become the real marks', () => {
    // ผู้ with the lowered tone mark, ที่ with the shifted sara ii and tone, ปี with the left sara ii, ญ/ฐ without their tails
    expect(repairPdfThai('ผู\uF70Bรับผิดชอบ ท\uF702\uF70Aมา ป\uF702 \uF70Fาติ \uF700าน').text).toBe('ผู้รับผิดชอบ ที่มา ปี ญาติ ฐาน');
    expect(repairPdfThai('ก\uF710น\uF70E').text).toBe('กัน์');
  });

  it('sara am split into nikhahit + sara aa (Chromium), with a tone mark either side, or written ำา (LibreOffice)', () => {
    expect(repairPdfThai('ดําเนินงาน น\u0e49\u0e4d\u0e32 น\u0e4d\u0e49\u0e32 ประจำา').text).toBe('ดำเนินงาน น้ำ น้ำ ประจำ');
    expect(repairPdfThai('ด\u0e4d \u0e32เนิน').text).toBe('ดำเนิน');
  });

  it('spaces between a consonant and its marks, or after a leading vowel, are taken out; spaces between words stay', () => {
    expect(repairPdfThai('เคลื ่อน การ ด ําเนินงาน').text).toBe('เคลื่อน การ ดำเนินงาน');
    expect(repairPdfThai('เ ชียงใหม่ - อปท. ทุกแห่ง').text).toBe('เชียงใหม่ - อปท. ทุกแห่ง');
  });

  it('what cannot be repaired is listed: a mark with nothing to sit on, two tone marks on one letter, an unknown private-use glyph', () => {
    expect(repairPdfThai('ข้อม่ลดี').unrepaired).toEqual([]);
    expect(repairPdfThai('นวนผ้่มีส่วน').unrepaired).toEqual(['นวนผ้่มีส']);
    expect(repairPdfThai('ITA ่ กิจกรรม').unrepaired).toEqual(['ITA ่ กิ']);
    expect(repairPdfThai('แผน\uE123งาน').unrepaired).toEqual(['แผน\uE123งาน']);
  });

  it('wrapped lines of a cell: Thai runs on without a space, other scripts and digits get one', () => {
    expect(joinWrapped('ประชุมคณะกรรม', 'การผลักดัน')).toBe('ประชุมคณะกรรมการผลักดัน');
    expect(joinWrapped('๑ กุมภาพันธ์ - ๑', 'มิถุนายน ๒๕๖๗')).toBe('๑ กุมภาพันธ์ - ๑ มิถุนายน ๒๕๖๗');
    expect(joinWrapped('- สนจ.เชียงใหม่', '- อปท. ทุกแห่ง')).toBe('- สนจ.เชียงใหม่ - อปท. ทุกแห่ง');
    expect(joinWrapped('Integrity and', 'Transparency')).toBe('Integrity and Transparency');
  });
});
