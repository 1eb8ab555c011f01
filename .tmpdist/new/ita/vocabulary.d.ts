/** What a column of a plan's table holds, told from its header (HEADER_ROLES); 'other' keeps its own header. */
export declare const COLUMN_ROLES: readonly ['seq', 'activity', 'detail', 'period', 'naccPeriod', 'responsible', 'result', 'status', 'remarks', 'budget', 'other'];
export type ColumnRole = (typeof COLUMN_ROLES)[number];
/**
 * Header words of Thai plan tables, matched against the header with every space removed (headers
 * are often broken by line wraps: "หน่วยงาน รับผิดชอบ"). First match wins, so the more specific
 * phrases come first.
 */
export declare const HEADER_ROLES: Array<[ColumnRole, RegExp]>;
/** An activity's status in a progress report; 'unknown' when the cell says something else. */
export declare const STATUS_VALUES: readonly ['done', 'in-progress', 'not-started', 'unknown'];
/** Words that say an activity is done / under way / not started, in status or remarks cells. */
export declare const STATUS_WORDS: Array<['done' | 'in-progress' | 'not-started', RegExp]>;
/**
 * Where one responsible unit ends and the next begins inside a cell written on one line:
 * before these head words when a space precedes them. A leading sub-unit (กลุ่มงาน, ฝ่าย) stays
 * with the office after it ("กลุ่มงานอำนวยการ สำนักงานจังหวัด" is one unit).
 */
export declare const UNIT_HEAD: RegExp;
export declare const SUB_UNIT: RegExp;
/** The assessment tools an activity can name, in the order they are listed (EIT in two parts from 2567). */
export declare const TOOLS: readonly ['IIT', 'EIT', 'EIT-1', 'EIT-2', 'OIT'];
/** The three NACC assessment tools; matching is on Latin letters as plans write them. */
export declare const TOOL_NAMES: readonly ['IIT', 'EIT', 'OIT'];
/** Three-letter Latin words that are not assessment tools but look like them. */
export declare const NOT_TOOLS: Set<string>;
/** Sequence labels written inside the activity text: "๑.", "๑.๑", "๗.๒", "1)". */
export declare const SEQ_LABEL: RegExp;
/** Progress-report rounds: "(รอบ ๖ เดือน)". */
export declare const REPORT_ROUND: RegExp;
/** The 76 provinces and Bangkok, to tell a province from other words that follow "จังหวัด". */
export declare const PROVINCES: readonly ['กรุงเทพมหานคร', 'กระบี่', 'กาญจนบุรี', 'กาฬสินธุ์', 'กำแพงเพชร', 'ขอนแก่น', 'จันทบุรี', 'ฉะเชิงเทรา', 'ชลบุรี', 'ชัยนาท', 'ชัยภูมิ', 'ชุมพร', 'เชียงราย', 'เชียงใหม่', 'ตรัง', 'ตราด', 'ตาก', 'นครนายก', 'นครปฐม', 'นครพนม', 'นครราชสีมา', 'นครศรีธรรมราช', 'นครสวรรค์', 'นนทบุรี', 'นราธิวาส', 'น่าน', 'บึงกาฬ', 'บุรีรัมย์', 'ปทุมธานี', 'ประจวบคีรีขันธ์', 'ปราจีนบุรี', 'ปัตตานี', 'พระนครศรีอยุธยา', 'พะเยา', 'พังงา', 'พัทลุง', 'พิจิตร', 'พิษณุโลก', 'เพชรบุรี', 'เพชรบูรณ์', 'แพร่', 'ภูเก็ต', 'มหาสารคาม', 'มุกดาหาร', 'แม่ฮ่องสอน', 'ยโสธร', 'ยะลา', 'ร้อยเอ็ด', 'ระนอง', 'ระยอง', 'ราชบุรี', 'ลพบุรี', 'ลำปาง', 'ลำพูน', 'เลย', 'ศรีสะเกษ', 'สกลนคร', 'สงขลา', 'สตูล', 'สมุทรปราการ', 'สมุทรสงคราม', 'สมุทรสาคร', 'สระแก้ว', 'สระบุรี', 'สิงห์บุรี', 'สุโขทัย', 'สุพรรณบุรี', 'สุราษฎร์ธานี', 'สุรินทร์', 'หนองคาย', 'หนองบัวลำภู', 'อ่างทอง', 'อำนาจเจริญ', 'อุดรธานี', 'อุตรดิตถ์', 'อุทัยธานี', 'อุบลราชธานี'];
/** Thai names of the assessment tools, for activities that never write the acronym. */
export declare const TOOL_PHRASES: Array<['IIT' | 'EIT' | 'OIT', RegExp]>;
/** EIT in two parts (from 2567): "EIT ส่วนที่ ๑", "EIT (part 2)", matched with spaces removed. */
export declare const EIT_PART_1: RegExp;
export declare const EIT_PART_2: RegExp;
/** The word for a survey form (แบบวัด / แบบประเมิน): naming one makes an activity about answering it. */
export declare const SURVEY_WORD: RegExp;
/**
 * Words that name a NACC calendar step, matched on the activity text with spaces removed and
 * Arabic digits. An activity can name several steps ("ชี้แจง/ยืนยันผลคะแนน").
 */
export declare const STEP_WORDS: Array<['registration' | 'iit-stakeholders' | 'oit-scoring' | 'oit-clarify' | 'oit-confirm' | 'results', RegExp]>;
/** Doing the survey work itself in ITAS: answering, collecting, importing, approving. */
export declare const COLLECTION_WORDS: RegExp;
/**
 * How activities that help with a step rather than do it begin: meetings, publicity, follow-up,
 * notices, preparation, appointments ("แจ้ง" but not "แจ้งผล").
 */
export declare const SUPPORT_START: RegExp;
/** A year named in an activity, in Thai or Arabic digits: "ปี ๒๕๖๔", "ประจำปีงบประมาณ พ.ศ. 2566". */
export declare const NAMED_YEAR: RegExp;
/** A row saying the NACC or its assessors do the work: "…โดยผู้ประเมิน", "สำนักงาน ป.ป.ช. ในฐานะผู้ประเมิน จะ…", "สำนักงาน ป.ป.ช. ดำเนินการ…". */
/** A heading naming the NACC's (ITA) calendar, not an agency's own "ปฏิทินการดำเนินงาน". */
export declare const NACC_CALENDAR_HEADING: RegExp;
export declare const BY_THE_NACC: RegExp;
