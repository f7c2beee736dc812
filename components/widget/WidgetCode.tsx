'use client';
import { useMemo, useState } from 'react';
import hljs from 'highlight.js/lib/core';
import python from 'highlight.js/lib/languages/python';
import xml from 'highlight.js/lib/languages/xml';
import { CodeBlock } from '@/components/prose/CodeBlock';
import { useT } from '@/components/site/LocaleProvider';

const highlighter = hljs.newInstance();
highlighter.registerLanguage('python', python);
highlighter.registerLanguage('xml', xml);

export type CodeLanguage = 'python' | 'xml';

/** Code highlighted as the lessons' code is (the same hljs classes), with the prose's copy button. */
export function HighlightedCode({
  code,
  language = 'python',
}: {
  code: string;
  language?: CodeLanguage;
}) {
  const html = useMemo(() => highlighter.highlight(code, { language }).value, [code, language]);
  return (
    <CodeBlock>
      <code className={`hljs language-${language}`} dangerouslySetInnerHTML={{ __html: html }} />
    </CodeBlock>
  );
}

/**
 * A widget's "take the code with you" panel: the program for the widget's current
 * settings, behind a disclosure, highlighted and with a copy button. The code is
 * highlighted only once the panel is open (a training widget re-renders every frame).
 */
export function WidgetCode({
  summary,
  code,
  language = 'python',
  open: initiallyOpen = false,
}: {
  /** The disclosure's label; default "The same in PyTorch" in the page's language. */
  summary?: string;
  code: string;
  language?: CodeLanguage;
  open?: boolean;
}) {
  const t = useT();
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details
      className="widget-code"
      open={initiallyOpen || undefined}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>{summary ?? t.pytorchCode}</summary>
      {open && <HighlightedCode code={code} language={language} />}
    </details>
  );
}
