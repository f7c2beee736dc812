import { describe, expect, it } from 'vitest';
import { csvProblemText, type CsvProblem } from '@/lib/site/csvProblem';
import { messages } from './messages';

const problems: CsvProblem[] = [
  { kind: 'empty' },
  { kind: 'noRows' },
  { kind: 'tooBig', bytes: 50 * 1024 * 1024, limitBytes: 5 * 1024 * 1024 },
  { kind: 'unclosedQuote', line: 2 },
  { kind: 'emptyColumnName', line: 1 },
  { kind: 'ragged', line: 3, values: 2, columns: 3 },
  { kind: 'noColumn', column: 'y' },
  { kind: 'tooManyRows', rows: 25_000, limit: 20_000 },
  { kind: 'noFeatures' },
  { kind: 'notNumber', line: 4, column: 'b', value: 'oops' },
  { kind: 'notNumber', line: 5, column: 'b', value: ' ' },
  { kind: 'targetMissing', line: 6, column: 'y' },
  { kind: 'oneValue', column: 'y' },
];

describe('CsvCrossValidation messages', () => {
  it('word a file problem in English exactly as lib/ does, after the file name', () => {
    for (const problem of problems)
      expect(messages.en.loadProblem({ kind: 'csv', name: 'a.csv', problem })).toBe(
        `a.csv: ${csvProblemText(problem)}`,
      );
  });

  it('word every file problem in Korean, with its numbers and names, and no English words', () => {
    for (const problem of problems) {
      const text = messages.ko.loadProblem({ kind: 'csv', name: 'a.csv', problem });
      // what is left after the file name, quoted names and the unit MB must be Hangul and digits
      expect(
        text
          .replace('a.csv', '')
          .replace(/"[^"]*"/g, '')
          .replace(/MB/g, ''),
      ).not.toMatch(/[A-Za-z]/);
      for (const value of Object.values(problem))
        if (typeof value === 'number' && value < 1000) expect(text).toContain(String(value));
    }
    expect(
      messages.ko.loadProblem({
        kind: 'csv',
        name: 'a.csv',
        problem: { kind: 'tooManyRows', rows: 25_000, limit: 20_000 },
      }),
    ).toContain('25,000');
  });
});
