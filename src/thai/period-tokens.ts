import { monthPatterns } from './months.js';

/** The words of Thai period grammar, each recognised by one token kind. */
export type TokenKind =
  | 'num' | 'numdate' | 'month' | 'dash' | 'list'
  | 'be' | 'ce' | 'week' | 'weekFirst' | 'weekLast' | 'quarter'
  | 'deadline' | 'from' | 'onward' | 'wholeYear' | 'fiscalYear' | 'filler' | 'unknown';

export interface Token {
  kind: TokenKind;
  /** The number (num), the month 1–12 (month), or [d, m, y] (numdate). */
  value: number | [number, number, number];
  start: number;
  end: number;
}

// Order matters: a JavaScript alternation takes the first branch that matches, not the longest.
const KEYWORDS: Array<[TokenKind, string]> = [
  ['wholeYear', 'ตลอดปีงบประมาณ|ตลอดทั้งปีงบประมาณ|ตลอดทั้งปี|ตลอดปี|ทั้งปีงบประมาณ|throughout the (?:fiscal )?year|all year'],
  ['fiscalYear', 'ปีงบประมาณ|ปีงบฯ|ปีงบ|fiscal year|fy'],
  ['be', 'พ\\. ?ศ\\.?|b\\.?e\\.?(?![a-z])'],
  ['ce', 'ค\\. ?ศ\\.?|a\\.?d\\.?(?![a-z])'],
  ['weekFirst', 'สัปดาห์แรก'],
  ['weekLast', 'สัปดาห์สุดท้าย|สัปดาห์ท้าย'],
  ['week', 'สัปดาห์ที่|สัปดาห์|week'],
  ['quarter', 'ไตรมาสที่|ไตรมาส|quarter|q(?=\\s?\\d)'],
  ['deadline', 'ภายใน|ไม่เกิน|ก่อน|by|before|until'],
  ['from', 'นับตั้งแต่|ตั้งแต่|เริ่ม|from|since'],
  ['onward', 'เป็นต้นไป|เป็นต้นมา|onwards?'],
  ['dash', 'จนถึง|ถึง|ถึงวันที่|-|~|to|through'],
  ['list', 'และ|,|;|&|and'],
  ['filler', 'ระหว่างวันที่|ระหว่าง|วันที่|วัน|เดือน|ของเดือน|ของ|ทั้งเดือน|ปี|ที่|the|of|during|between|[().:/]'],
];

interface Matcher {
  regex: RegExp;
  kinds: TokenKind[];
  months: number[];
}

let matcher: Matcher | undefined;

/** Builds the sticky tokenizer once: one named alternation per token kind, months between keyword groups. */
function buildMatcher(): Matcher {
  const groups: string[] = [];
  const kinds: TokenKind[] = [];
  const months: number[] = [];
  const add = (kind: TokenKind, source: string, month = 0) => {
    groups.push(`(${source})`);
    kinds.push(kind);
    months.push(month);
  };
  add('numdate', '\\d{1,2}/\\d{1,2}/\\d{2,4}');
  add('num', '\\d+');
  for (const [kind, source] of KEYWORDS.slice(0, 2)) add(kind, source);
  for (const pattern of monthPatterns()) add('month', pattern.source, pattern.month);
  for (const [kind, source] of KEYWORDS.slice(2)) add(kind, source);
  return { regex: new RegExp(groups.join('|'), 'iy'), kinds, months };
}

/** Splits period text (already normalised, Arabic digits) into tokens; unknown runs become 'unknown'. */
export function tokenizePeriod(text: string): Token[] {
  matcher ??= buildMatcher();
  const { regex, kinds, months } = matcher;
  const tokens: Token[] = [];
  let i = 0;
  let unknownStart = -1;
  const flushUnknown = (at: number) => {
    if (unknownStart >= 0) tokens.push({ kind: 'unknown', value: 0, start: unknownStart, end: at });
    unknownStart = -1;
  };
  while (i < text.length) {
    if (text.charCodeAt(i) === 32) {
      flushUnknown(i);
      i++;
      continue;
    }
    regex.lastIndex = i;
    const match = regex.exec(text);
    if (!match) {
      if (unknownStart < 0) unknownStart = i;
      i++;
      continue;
    }
    flushUnknown(i);
    const group = match.indexOf(match[0], 1) - 1;
    const kind = kinds[group];
    const end = i + match[0].length;
    let value: Token['value'] = 0;
    if (kind === 'num') value = Number(match[0]);
    else if (kind === 'month') value = months[group];
    else if (kind === 'numdate') value = match[0].split('/').map(Number) as [number, number, number];
    tokens.push({ kind, value, start: i, end });
    i = end;
  }
  flushUnknown(text.length);
  return tokens;
}
