/**
 * The English catalogue of the site's interface strings; its shape is every catalogue's
 * (`Messages`). A sentence around a link is a tuple: text before, link text, text after.
 */
export const en = {
  siteName: 'Deep Learning, Live',
  tagline:
    'Lecture notes that run: every chart on these pages is computed in your browser as you read.',
  skipToContent: 'Skip to content',
  languageName: 'English',
  switchLanguage: 'Read this page in English',
  offerOtherEdition: 'This page is also available in English.',
  offerOpen: 'Read in English',
  dismiss: 'Dismiss',
  guideLead: ['Writing a lesson? Read the ', 'authoring guide', '.'] as [string, string, string],
  guideDescription:
    'How instructors add and edit lessons: files, frontmatter, math, code, and every widget with its props.',
  componentReference: 'Component reference',
  reference: {
    proseComponents: 'Prose components',
    widgets: 'Widgets',
    propsOf: (name: string) => `Props of ${name}`,
    prop: 'prop',
    type: 'type',
    default: 'default',
    whatItDoes: 'what it does',
    required: ' (required)',
    example: 'Example:',
  },
  equationScrolls: 'Equation (scrolls sideways)',
  scrollableContent: 'Scrollable content',
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
  backend: (b: string): string =>
    b === 'wasm' ? 'WebAssembly' : 'CPU (WebAssembly did not load, so training is slower)',
  backendLabel: 'Runs on',
  /** Why a run stopped early (`RunNotice`), worded for the page. */
  runNotice: {
    diverged: (step: number, metric: string, value: string) =>
      `diverged at step ${step}: ${metric} became ${value}`,
    lost: (step: number, silent: boolean, detail: string) =>
      `${step > 0 ? `The run stopped at step ${step}` : 'The run stopped before its first step'}: ${silent ? 'its training worker stopped responding' : detail || 'the training worker failed'}. Train starts a new run.`,
    startFailed: (detail: string) => `could not start the training worker: ${detail}`,
    error: (detail: string) => detail,
  },
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
  // Prose components: the labels and default headings they write themselves
  prose: {
    aside: {
      note: 'Note',
      tip: 'Tip',
      warning: 'Watch out',
      'deep-dive': 'Going deeper',
    },
    correctionTitle: 'A correction to the notes',
    notesSay: 'The notes say:',
    checkYourself: 'Check yourself',
    references: 'References',
    table: 'Table',
  },
  search: {
    open: 'Search',
    shortcut: 'Press / or Ctrl K',
    label: 'Search the lessons',
    placeholder: 'Search the lessons',
    close: 'Close search',
    loading: 'Loading the search…',
    failed: 'The search did not load. Reload the page and try again.',
    results: (n: number) => (n === 1 ? '1 lesson matches' : `${n} lessons match`),
    noResults: (query: string) => `No lesson matches “${query}”.`,
    keys: '↑ ↓ to choose, Enter to open, Esc to close',
  },
};

/** The shape every catalogue has: the English catalogue's keys, with the same function signatures. */
export type Messages = typeof en;
