/** One CSV record with the file line it starts on (records may span lines inside quotes). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Reads RFC 4180 CSV: quoted fields may hold commas, line breaks and doubled quotes.
 * Blank lines are skipped. A quote opening mid-field or left unclosed is an error naming its line.
 */
export function readCsv(text: string, source = 'csv'): CsvRecord[] {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let fieldWasQuoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = (): void => {
    cells.push(field);
    if (cells.length > 1 || cells[0] !== '' || fieldWasQuoted) records.push({ line: recordLine, cells });
    cells = [];
    field = '';
    fieldWasQuoted = false;
  };
  for (let i = 0; i < text.length; i++) {
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
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"') {
      if (field !== '') throw new Error(`${source} line ${line}: a quote inside an unquoted field`);
      quoted = true;
      fieldWasQuoted = true;
    } else if (char === ',') {
      cells.push(field);
      field = '';
      fieldWasQuoted = false;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error(`${source} line ${recordLine}: a quoted field is never closed`);
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}
