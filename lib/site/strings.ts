/**
 * Every interface string of the site, in one place. Lesson prose lives in
 * content/; this file holds the chrome: navigation, widget controls, status
 * and error texts. A Korean edition adds a `ko` table of the same shape.
 */
export type Locale = 'en' | 'ko';

const en = {
  siteName: 'Deep Learning, Live',
  tagline:
    'Lecture notes that run: every chart on these pages is computed in your browser as you read.',
  skipToContent: 'Skip to content',
  lessons: 'Lessons',
  onThisPage: 'On this page',
  previous: 'Previous',
  next: 'Next',
  minutesRead: (m: number) => `${m} min read`,
  authoringGuide: 'Authoring guide',
  home: 'Home',
  menu: 'Lessons menu',
  themeToggle: 'Colour theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  themeSystem: 'System',
  sources: 'Sources',
  dataCredit:
    'Data: Optical Recognition of Handwritten Digits (E. Alpaydin, C. Kaynak, 1998) and Iris (R. A. Fisher, 1936), from the UCI Machine Learning Repository, licensed CC BY 4.0.',
  copy: 'Copy',
  copied: 'Copied',
  copyCode: 'Copy code to clipboard',
  // Widget shell
  train: 'Train',
  pause: 'Pause',
  step: 'Step',
  reset: 'Reset',
  run: 'Run',
  seed: 'Seed',
  loadingWidget: 'Loading the interactive figure…',
  widgetStatus: {
    idle: 'Ready',
    loading: 'Starting…',
    running: 'Training',
    paused: 'Paused',
    done: 'Done',
    error: 'Error',
  },
  backend: (b: string) =>
    b === 'wasm' ? 'WebAssembly' : 'CPU (WebAssembly did not load, so training is slower)',
  backendLabel: 'Runs on',
  stepOf: (s: number, total: number) => `step ${s} of ${total}`,
  timeLeft: (duration: string) => `${duration} left`,
  widgetError: 'This figure stopped with an error.',
  widgetErrorHint: 'The rest of the page still works. Try again, or reload the page.',
  tryAgain: 'Try again',
  widgetLoadFailed: 'Its code did not download: is the connection down?',
  errorDetails: 'Details',
  showData: 'Show data',
  saveSvg: 'Save SVG',
  savePng: 'Save PNG',
  pytorchCode: 'The same in PyTorch',
  // Charts
  chart: {
    readValues: (label: string) => `${label}. Use the arrow keys to read the values.`,
    readCells: (label: string) => `${label}. Use the arrow keys to read the cells.`,
    readRows: (label: string) => `${label}. Use the up and down arrow keys to read each row.`,
    lastRows: (shown: number, total: number) => ` (last ${shown} of ${total} rows)`,
    row: (i: number) => `row ${i}`,
    column: (i: number) => `column ${i}`,
    imageFailed: 'The chart could not be drawn as an image.',
    canvasMissing: 'This browser cannot draw to a canvas.',
    pngFailed: 'The chart could not be encoded as PNG.',
    saveCsv: 'Save CSV',
    saveCsvLabel: (caption: string) => `Save the data (${caption}) as CSV`,
  },
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address.',
  backHome: 'Back to the lessons',
  lastUpdated: 'Last updated',
  foundMistake: 'Found a mistake?',
  reportIt: 'Report it',
  reportTitle: (lesson: string, section: string) =>
    `Slip in "${lesson}"${section ? ` (${section})` : ''}`,
  reportBody: (url: string) =>
    `Page: ${url}\n\nWhat the page says:\n\nWhat it should say (and a source):\n`,
  offlineReady: 'Saved for reading offline',
};

export type Strings = typeof en;

const tables: Record<Locale, Strings> = { en, ko: en };

/** The interface strings for a locale (Korean falls back to English until its table exists). */
export function strings(locale: Locale = 'en'): Strings {
  return tables[locale];
}

export const t = en;
