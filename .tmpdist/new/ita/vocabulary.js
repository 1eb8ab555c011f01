/** What a column of a plan's table holds, told from its header (HEADER_ROLES); 'other' keeps its own header. */
export const COLUMN_ROLES = [
    'seq', 'activity', 'detail', 'period', 'naccPeriod', 'responsible', 'result', 'status', 'remarks', 'budget', 'other',
];
/**
 * Header words of Thai plan tables, matched against the header with every space removed (headers
 * are often broken by line wraps: "หน่วยงาน รับผิดชอบ"). First match wins, so the more specific
 * phrases come first.
 */
export const HEADER_ROLES = [
    ['naccPeriod', /^(ช่วง)?(ระยะ)?เวลา.*(ป\.?ป\.?ช|nacc)|^nacc_?period/i],
    ['status', /สถานะ|^หมายเหตุ.*ดำเนินการแล้ว|^status/i],
    ['remarks', /^หมายเหตุ|^remarks?|^notes?$/i],
    ['result', /^ผล(การ)?ดำเนิน(การ|งาน)|^ผลที่(ได้|คาดว่าจะได้)รับ|^result/i],
    ['responsible', /รับผิดชอบ|^responsib/i],
    ['budget', /^งบประมาณ|^budget/i],
    ['seq', /^(ที่|ลำดับ(ที่)?|ข้อ|no\.?|seq|#)$/i],
    ['period', /^(ช่วง|ห้วง)?(ระยะ)?เวลา|^กำหนด(การ|เวลา)|^วัน(ที่|เดือนปี)|^ระยะเวลา|^period|^timeline|^date|^when/i],
    ['activity', /^(ขั้นตอน|กิจกรรม|โครงการ|ประเด็น|step|activit)/i],
    ['detail', /^(การดำเนิน(งาน|การ)|แนวทาง|รายละเอียด|วิธี(การ)?|detail|description)/i],
];
/** An activity's status in a progress report; 'unknown' when the cell says something else. */
export const STATUS_VALUES = ['done', 'in-progress', 'not-started', 'unknown'];
/** Words that say an activity is done / under way / not started, in status or remarks cells. */
export const STATUS_WORDS = [
    ['in-progress', /อยู่ระหว่าง|กำลังดำเนินการ|in progress|ongoing/i],
    ['not-started', /ยังไม่(ได้)?ดำเนินการ|ยังไม่เริ่ม|not started/i],
    ['done', /ดำเนินการแล้ว|แล้วเสร็จ|เรียบร้อยแล้ว|เสร็จสิ้น|^เสร็จ|^done|completed?/i],
];
/**
 * Where one responsible unit ends and the next begins inside a cell written on one line:
 * before these head words when a space precedes them. A leading sub-unit (กลุ่มงาน, ฝ่าย) stays
 * with the office after it ("กลุ่มงานอำนวยการ สำนักงานจังหวัด" is one unit).
 */
export const UNIT_HEAD = /\s(?=(สำนักงาน|ส่วนราชการ|อปท\.|องค์กรปกครอง|องค์การบริหาร|เทศบาล|คณะทำงาน|คณะกรรมการ|สนจ\.|สถจ\.|ที่ทำการ|อำเภอ|ศูนย์|ทุกส่วนราชการ|หน่วยงาน))/;
export const SUB_UNIT = /^(กลุ่มงาน|ฝ่าย|งาน|กลุ่ม)/;
/** The assessment tools an activity can name, in the order they are listed (EIT in two parts from 2567). */
export const TOOLS = ['IIT', 'EIT', 'EIT-1', 'EIT-2', 'OIT'];
/** The three NACC assessment tools; matching is on Latin letters as plans write them. */
export const TOOL_NAMES = ['IIT', 'EIT', 'OIT'];
/** Three-letter Latin words that are not assessment tools but look like them. */
export const NOT_TOOLS = new Set(['ITA', 'ITAS', 'URL', 'NACC', 'PDF', 'QR', 'OTP', 'PDCA', 'EIA', 'KPI', 'IT']);
/** Sequence labels written inside the activity text: "๑.", "๑.๑", "๗.๒", "1)". */
export const SEQ_LABEL = /^\(?([0-9\u0E50-\u0E59]{1,3})((?:[.][0-9\u0E50-\u0E59]{1,3})*)[.)]?(?=\s|$|[^\d\u0E50-\u0E59.])/;
/** Progress-report rounds: "(รอบ ๖ เดือน)". */
export const REPORT_ROUND = /รอบ\s*([0-9]{1,2})\s*เดือน/;
/** The 76 provinces and Bangkok, to tell a province from other words that follow "จังหวัด". */
export const PROVINCES = [
    'กรุงเทพมหานคร', 'กระบี่', 'กาญจนบุรี', 'กาฬสินธุ์', 'กำแพงเพชร', 'ขอนแก่น', 'จันทบุรี', 'ฉะเชิงเทรา', 'ชลบุรี', 'ชัยนาท',
    'ชัยภูมิ', 'ชุมพร', 'เชียงราย', 'เชียงใหม่', 'ตรัง', 'ตราด', 'ตาก', 'นครนายก', 'นครปฐม', 'นครพนม', 'นครราชสีมา',
    'นครศรีธรรมราช', 'นครสวรรค์', 'นนทบุรี', 'นราธิวาส', 'น่าน', 'บึงกาฬ', 'บุรีรัมย์', 'ปทุมธานี', 'ประจวบคีรีขันธ์',
    'ปราจีนบุรี', 'ปัตตานี', 'พระนครศรีอยุธยา', 'พะเยา', 'พังงา', 'พัทลุง', 'พิจิตร', 'พิษณุโลก', 'เพชรบุรี', 'เพชรบูรณ์',
    'แพร่', 'ภูเก็ต', 'มหาสารคาม', 'มุกดาหาร', 'แม่ฮ่องสอน', 'ยโสธร', 'ยะลา', 'ร้อยเอ็ด', 'ระนอง', 'ระยอง', 'ราชบุรี',
    'ลพบุรี', 'ลำปาง', 'ลำพูน', 'เลย', 'ศรีสะเกษ', 'สกลนคร', 'สงขลา', 'สตูล', 'สมุทรปราการ', 'สมุทรสงคราม', 'สมุทรสาคร',
    'สระแก้ว', 'สระบุรี', 'สิงห์บุรี', 'สุโขทัย', 'สุพรรณบุรี', 'สุราษฎร์ธานี', 'สุรินทร์', 'หนองคาย', 'หนองบัวลำภู',
    'อ่างทอง', 'อำนาจเจริญ', 'อุดรธานี', 'อุตรดิตถ์', 'อุทัยธานี', 'อุบลราชธานี',
];
/** Thai names of the assessment tools, for activities that never write the acronym. */
export const TOOL_PHRASES = [
    ['IIT', /แบบ(วัด|ประเมิน)การรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน|internalintegrity/i],
    ['EIT', /แบบ(วัด|ประเมิน)การรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก|externalintegrity/i],
    ['OIT', /แบบ(วัด|ตรวจ|ประเมิน)การเปิดเผยข้อมูล|opendataintegrity/i],
];
/** EIT in two parts (from 2567): "EIT ส่วนที่ ๑", "EIT (part 2)", matched with spaces removed. */
export const EIT_PART_1 = /EIT\)?(ส่วนที่|part)[1๑]/i;
export const EIT_PART_2 = /EIT\)?(ส่วนที่|part)[2๒]/i;
/** The word for a survey form (แบบวัด / แบบประเมิน): naming one makes an activity about answering it. */
export const SURVEY_WORD = /แบบวัด|แบบประเมิน/;
/**
 * Words that name a NACC calendar step, matched on the activity text with spaces removed and
 * Arabic digits. An activity can name several steps ("ชี้แจง/ยืนยันผลคะแนน").
 */
export const STEP_WORDS = [
    ['registration', /ลงทะเบียน/],
    ['iit-stakeholders', /(นำเข้า|ระบุ|อนุมัติ|จัดเก็บ|รายงาน)(และอนุมัติ)?ข้อมูล(จำนวน)?ผู้มีส่วนได้ส่วนเสียภายใน|ข้อมูลจำนวนผู้มีส่วนได้ส่วนเสียภายใน/],
    ['oit-scoring', /ให้คะแนน/],
    ['oit-clarify', /ชี้แจง(ข้อมูล)?(การตอบ)?(แบบ(วัด|ประเมิน))?(OIT)?เพิ่มเติม|ชี้แจง\/ยืนยัน/i],
    ['oit-confirm', /ยืนยันผล|ยืนยันคะแนน/],
    ['results', /ประกาศ(และเผยแพร่)?ผล|เผยแพร่(รายงาน)?ผลการประเมิน|(?<!จำลองการ)ประมวลผลคะแนน|แจ้งผลการประเมิน/],
];
/** Doing the survey work itself in ITAS: answering, collecting, importing, approving. */
export const COLLECTION_WORDS = /เก็บ|ตอบ|รวบรวม|ดำเนินการประเมิน|ประเมินตามแบบ|นำเข้า|บันทึก|อนุมัติ/;
/**
 * How activities that help with a step rather than do it begin: meetings, publicity, follow-up,
 * notices, preparation, appointments ("แจ้ง" but not "แจ้งผล").
 */
export const SUPPORT_START = /^(การ)?(จัด)?(ประชุม|ประชาสัมพันธ์|เผยแพร่ประชาสัมพันธ์|เผยแพร่ช่องทาง|แจ้ง(?!ผล)|ติดตาม|กำกับ|เร่งรัด|เตรียม|ซักซ้อม|อบรม|สัมมนา|คณะทำงาน|ตรวจสอบการ|จัดทำ|แต่งตั้ง|มอบหมาย|ทบทวน|สร้างการรับรู้|ชี้แจงแนวทาง|ชี้แจงกรอบ)/;
/** A year named in an activity, in Thai or Arabic digits: "ปี ๒๕๖๔", "ประจำปีงบประมาณ พ.ศ. 2566". */
export const NAMED_YEAR = /(?:ปี(?:งบประมาณ)?|พ\.\s?ศ\.)\s*([2๒][5๕][0-9๐-๙]{2})/g;
/** A row saying the NACC or its assessors do the work: "…โดยผู้ประเมิน", "สำนักงาน ป.ป.ช. ในฐานะผู้ประเมิน จะ…", "สำนักงาน ป.ป.ช. ดำเนินการ…". */
/** A heading naming the NACC's (ITA) calendar, not an agency's own "ปฏิทินการดำเนินงาน". */
export const NACC_CALENDAR_HEADING = /ปฏิทิน.*(?:ป\.?\s*ป\.?\s*ช|ITA)|ป\.?\s*ป\.?\s*ช.*ปฏิทิน/;
export const BY_THE_NACC = /โดย\s*(?:สำนักงาน\s*)?(?:ป\.?\s*ป\.?\s*ช\.?|ผู้ประเมิน|คณะที่ปรึกษา)|ป\.?\s*ป\.?\s*ช\.?\s*(?:ในฐานะผู้ประเมิน|ดำเนินการ|จะ)|^\s*(?:ผู้ประเมิน|คณะที่ปรึกษา)/;
