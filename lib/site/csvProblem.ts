/**
 * What is wrong with a CSV file the reader loaded, as data: the kind of problem and the line,
 * column or numbers it names. `lib/` words it in English (`csvProblemText`, the message of a
 * `CsvError`); a page words it in its own language from the same fields.
 */
export type CsvProblem =
  | { kind: 'empty' }
  | { kind: 'noRows' }
  | { kind: 'tooBig'; bytes: number; limitBytes: number }
  | { kind: 'unclosedQuote'; line: number }
  | { kind: 'emptyColumnName'; line: number }
  | { kind: 'ragged'; line: number; values: number; columns: number }
  | { kind: 'noColumn'; column: string }
  | { kind: 'tooManyRows'; rows: number; limit: number }
  | { kind: 'noFeatures' }
  /** `value` is the text found; an empty one is a missing value. */
  | { kind: 'notNumber'; line: number; column: string; value: string }
  | { kind: 'targetMissing'; line: number; column: string }
  | { kind: 'oneValue'; column: string };

/** Bytes as megabytes, one decimal, as the size messages write them. */
export const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The problem in English, naming the line or the limit. */
export function csvProblemText(p: CsvProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'noRows':
      return 'The file has a header but no data rows.';
    case 'tooBig':
      return `The file is ${megabytes(p.bytes)} MB; the limit is ${p.limitBytes / 1024 / 1024} MB. Nothing was read.`;
    case 'unclosedQuote':
      return `Line ${p.line}: a quoted field is never closed.`;
    case 'emptyColumnName':
      return `Line ${p.line}: the header has an empty column name.`;
    case 'ragged':
      return `Line ${p.line} has ${p.values} value${p.values === 1 ? '' : 's'}, the header has ${p.columns}.`;
    case 'noColumn':
      return `There is no column named "${p.column}".`;
    case 'tooManyRows':
      return `The file has ${p.rows.toLocaleString('en-US')} data rows; the limit is ${p.limit.toLocaleString('en-US')}.`;
    case 'noFeatures':
      return 'There are no numeric columns to use as features besides the target.';
    case 'notNumber':
      return `Line ${p.line}, column "${p.column}": ${p.value.trim() === '' ? 'the value is missing' : `"${p.value}" is not a number`}.`;
    case 'targetMissing':
      return `Line ${p.line}, column "${p.column}": the target value is missing.`;
    case 'oneValue':
      return `The target "${p.column}" has only one value; there is nothing to predict.`;
  }
}
