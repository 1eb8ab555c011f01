import { ownString } from './memory.js';

/**
 * A bounded memo of a pure function of one text. Plans copy their activity texts from the NACC's
 * step names and from their province's template ("ลงทะเบียนเข้ารับการประเมินในระบบ ITAS"), so across
 * the plans of a run the same texts come back again and again; the work on a text is done once.
 * Each caller gets its own copy of the result, so a caller may change it. Cleared when full.
 */
export function memoizeText<T>(compute: (text: string) => T, copy: (value: T) => T, limit = 4096): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      const own = ownString(text); // key and value outlive the text's file (src/memory.ts)
      value = compute(own);
      known.set(own, value);
    }
    return copy(value);
  };
}
