/** One CSV record with the file line it starts on (records may span lines inside quotes). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Reads RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes.
 * Blank lines are skipped. A quote opening mid-field or left unclosed is an error naming its line.
 * Lines without quotes, most of a catalog, are split directly.
 */
export function readCsv(text: string, source = 'csv'): CsvRecord[] {
  const records: CsvRecord[] = [];
  let at = 0;
  let line = 1;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const raw = text.slice(at, end);
    const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!row.includes('"')) {
      if (row !== '') records.push({ line, cells: row.split(',') });
      at = end + 1;
      line++;
      continue;
    }
    const quoted = readQuotedRecord(text, at, line, source);
    records.push({ line, cells: quoted.cells });
    at = quoted.next;
    line = quoted.nextLine;
  }
  return records;
}

/** Reads one record that has quotes, starting at `at`; returns its cells and where the next record starts. */
function readQuotedRecord(
  text: string,
  at: number,
  line: number,
  source: string,
): { cells: string[]; next: number; nextLine: number } {
  const cells: string[] = [];
  let field = '';
  let quoted = false;
  let currentLine = line;
  let i = at;
  for (; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n') currentLine++;
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`${source} line ${currentLine}: a quote inside an unquoted field`);
      quoted = true;
    } else if (char === ',') {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      return { cells, next: i + 1, nextLine: currentLine + 1 };
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error(`${source} line ${line}: a quoted field is never closed`);
  cells.push(field);
  return { cells, next: i, nextLine: currentLine + 1 };
}
