'use client';
import { useCallback, useState } from 'react';
import { siteBaseUrl } from '@/components/site/basePath';
import { datasetCsv } from '@/lib/site/datasetCsv';
import { CsvError, fileSizeCheck, parseCsv, type CsvTable } from '@/lib/site/parseCsv';
import type { CsvProblem } from '@/lib/site/csvProblem';
import { decodeCsv, type CsvEncoding } from '@/lib/site/decodeCsv';
import { IRIS_URL, parseIris } from '@/lib/training/data/iris';

export interface LoadedCsv {
  name: string;
  table: CsvTable;
  encoding: CsvEncoding;
}

/** Why a file did not load, as data: the widget words it in the page's language. */
export type LoadProblem =
  | { kind: 'csv'; name: string; problem: CsvProblem }
  | { kind: 'example'; name: string; status: number }
  | { kind: 'unreadable'; name: string; error: string };

/** The example's download failed with this HTTP status. */
class ExampleMissing extends Error {
  constructor(readonly status: number) {
    super(`the example could not be loaded (${status})`);
  }
}

/** Lets the page paint between chunks of a large file. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The table the reader loaded, read and parsed in the browser only: the size
 * is checked on `file.size` before reading, and parsing pauses between chunks.
 */
export function useCsvTable() {
  const [loaded, setLoaded] = useState<LoadedCsv | null>(null);
  const [problem, setProblem] = useState<LoadProblem | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    async (name: string, read: () => Promise<{ text: string; encoding: CsvEncoding }>) => {
      setBusy(true);
      setProblem(null);
      try {
        const { text, encoding } = await read();
        setLoaded({ name, encoding, table: await parseCsv(text, nextTask) });
      } catch (error) {
        setLoaded(null);
        setProblem(
          error instanceof CsvError
            ? { kind: 'csv', name, problem: error.problem }
            : error instanceof ExampleMissing
              ? { kind: 'example', name, status: error.status }
              : { kind: 'unreadable', name, error: String(error) },
        );
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const loadFile = useCallback(
    (file: File) => {
      const tooBig = fileSizeCheck(file.size);
      if (tooBig) {
        setLoaded(null);
        setProblem({ kind: 'csv', name: file.name, problem: tooBig });
        return;
      }
      void load(file.name, async () => decodeCsv(new Uint8Array(await file.arrayBuffer())));
    },
    [load],
  );

  const loadExample = useCallback(() => {
    void load('iris.csv', async () => {
      const response = await fetch(new URL(IRIS_URL, siteBaseUrl()));
      if (!response.ok) throw new ExampleMissing(response.status);
      return { text: datasetCsv(parseIris(await response.json())), encoding: 'UTF-8' as const };
    });
  }, [load]);

  return { loaded, problem, setProblem, busy, loadFile, loadExample };
}
