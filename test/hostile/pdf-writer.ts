/**
 * Writes a plain PDF (Helvetica lines of text at `size` points, one page per entry of `pages`)
 * with a correct cross-reference table: hostile tests need PDFs longer or fuller than any plan.
 */
export function writePdf(pages: Array<string | string[]>, size = 10): Buffer {
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  pages.forEach((text, i) => {
    const id = pageIds[i];
    const lines = typeof text === 'string' ? [text] : text;
    const shown = lines.map((line) => `(${line.replace(/[\\()]/g, (c) => `\\${c}`)}) Tj 0 ${-size} Td`).join(' ');
    const stream = `BT /F1 ${size} Tf 10 832 Td ${shown} ET`;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`;
  });
  const parts: string[] = ['%PDF-1.4\n'];
  const offsets: number[] = [];
  let length = parts[0].length;
  for (let id = 1; id < objects.length; id++) {
    const body = `${id} 0 obj\n${objects[id]}\nendobj\n`;
    offsets[id] = length;
    parts.push(body);
    length += Buffer.byteLength(body, 'latin1');
  }
  const xref = [`xref\n0 ${objects.length}\n`, '0000000000 65535 f \n', ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(xref, `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`);
  return Buffer.from(parts.join(''), 'latin1');
}
