import type { Dataset } from './dataset';
import { DIGITS_URL, parseDigits } from './digits';
import { IRIS_URL, parseIris } from './iris';

export type DatasetName = 'digits' | 'iris';

/**
 * Fetches a shipped data set. `baseUrl` is the site's root as an absolute URL
 * (origin plus base path, ending in `/`): a worker has no document to resolve
 * relative URLs against.
 */
export async function loadDataset(name: DatasetName, baseUrl: string): Promise<Dataset> {
  const url = new URL(name === 'digits' ? DIGITS_URL : IRIS_URL, baseUrl);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${name} data (${response.status})`);
  return name === 'digits'
    ? parseDigits(new Uint8Array(await response.arrayBuffer()))
    : parseIris(await response.json());
}
