import { csvProblemText, type CsvProblem } from './csvProblem';
import { detectDelimiter, type CsvDelimiter } from './decodeCsv';

/** A CSV file split into a header and data rows of strings. */
export interface CsvTable {
  /** The field separator the file uses. */
  delimiter: CsvDelimiter;
  header: string[];
  rows: string[][];
  /** 1-based line in the file where each data row starts (blank lines and quoted line breaks counted). */
  lines: number[];
}

/** A problem with the file: `problem` as data for a page to word, the English wording as its message. */
export class CsvError extends Error {
  constructor(readonly problem: CsvProblem) {
    super(csvProblemText(problem));
  }
}

/** Largest file the widget reads; checked on `file.size` before anything is read. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** What is wrong with a file of this size (empty, or over the limit), or null when it is fine. */
export function fileSizeCheck(bytes: number): CsvProblem | null {
  if (bytes === 0) return { kind: 'empty' };
  if (bytes <= MAX_CSV_BYTES) return null;
  return { kind: 'tooBig', bytes, limitBytes: MAX_CSV_BYTES };
}

/** The English message for a file over the limit, or null when its size is fine. */
export function fileSizeProblem(bytes: number): string | null {
  const problem = fileSizeCheck(bytes);
  return problem && csvProblemText(problem);
}

/**
 * Records of RFC 4180 CSV: fields split on commas (or the `delimiter` given), double quotes around a field
 * allow commas, line breaks and "" (an escaped quote) inside it; CRLF, LF and
 * a leading byte-order mark are accepted. Yields each record with the line it
 * starts on; blank lines yield nothing.
 */
export function* csvRecords(
  text: string,
  delimiter: CsvDelimiter = ',',
): Generator<{ line: number; fields: string[]; end: number }> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    let done = false;
    while (!done) {
      if (i >= text.length) {
        fields.push(field);
        break;
      }
      const c = text[i];
      if (quoted) {
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            quoted = false;
            i++;
          }
        } else {
          if (c === '\n') line++;
          field += c;
          i++;
        }
      } else if (c === '"' && field === '') {
        quoted = true;
        i++;
      } else if (c === delimiter) {
        fields.push(field);
        field = '';
        i++;
      } else if (c === '\n' || c === '\r') {
        fields.push(field);
        i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
        line++;
        done = true;
      } else {
        field += c;
        i++;
      }
    }
    if (quoted) throw new CsvError({ kind: 'unclosedQuote', line: start });
    if (!(fields.length === 1 && fields[0].trim() === '')) yield { line: start, fields, end: i };
  }
}

/**
 * Parses CSV text with a header row, its separator detected from the header
 * line (comma, semicolon or tab) unless given, pausing every `chunkChars` characters on
 * `yieldToEvents` so a large file does not freeze the page. Throws `CsvError`
 * for an empty file, a header without columns, or a row whose number of values
 * differs from the header's ("line 7 has 3 values, the header has 5").
 */
export async function parseCsv(
  text: string,
  yieldToEvents: () => Promise<void> = async () => {},
  chunkChars = 200_000,
  delimiter: CsvDelimiter = detectDelimiter(text),
): Promise<CsvTable> {
  let header: string[] | null = null;
  const rows: string[][] = [];
  const lines: number[] = [];
  let nextPause = chunkChars;
  for (const { line, fields, end } of csvRecords(text, delimiter)) {
    if (header === null) {
      header = fields.map((f) => f.trim());
      if (header.some((h) => h === '')) throw new CsvError({ kind: 'emptyColumnName', line });
    } else {
      if (fields.length !== header.length) {
        throw new CsvError({
          kind: 'ragged',
          line,
          values: fields.length,
          columns: header.length,
        });
      }
      rows.push(fields);
      lines.push(line);
    }
    if (end >= nextPause) {
      nextPause = end + chunkChars;
      await yieldToEvents();
    }
  }
  if (header === null) throw new CsvError({ kind: 'empty' });
  if (rows.length === 0) throw new CsvError({ kind: 'noRows' });
  return { delimiter, header, rows, lines };
}
