'use client';
import { useCallback, useState } from 'react';
import { siteBaseUrl } from '@/components/site/basePath';
import { datasetCsv } from '@/lib/site/datasetCsv';
import { CsvError, fileSizeProblem, parseCsv, type CsvTable } from '@/lib/site/parseCsv';
import { decodeCsv, type CsvEncoding } from '@/lib/site/decodeCsv';
import { IRIS_URL, parseIris } from '@/lib/training/data/iris';

export interface LoadedCsv {
  name: string;
  table: CsvTable;
  encoding: CsvEncoding;
}

/** Lets the page paint between chunks of a large file. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The table the reader loaded, read and parsed in the browser only: the size
 * is checked on `file.size` before reading, and parsing pauses between chunks.
 */
export function useCsvTable() {
  const [loaded, setLoaded] = useState<LoadedCsv | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
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
            ? `${name}: ${error.message}`
            : `${name} could not be read: ${String(error)}`,
        );
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  const loadFile = useCallback(
    (file: File) => {
      const tooBig = fileSizeProblem(file.size);
      if (tooBig) {
        setLoaded(null);
        setProblem(`${file.name}: ${tooBig}`);
        return;
      }
      void load(file.name, async () => decodeCsv(new Uint8Array(await file.arrayBuffer())));
    },
    [load],
  );

  const loadExample = useCallback(() => {
    void load('iris.csv', async () => {
      const response = await fetch(new URL(IRIS_URL, siteBaseUrl()));
      if (!response.ok) throw new Error(`the example could not be loaded (${response.status})`);
      return { text: datasetCsv(parseIris(await response.json())), encoding: 'UTF-8' as const };
    });
  }, [load]);

  return { loaded, problem, setProblem, busy, loadFile, loadExample };
}
