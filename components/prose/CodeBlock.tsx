'use client';
import { useRef, useState } from 'react';
import { useT } from '@/components/site/LocaleProvider';

/** A highlighted code block (highlighting is done at build time) with a copy button. */
export function CodeBlock(props: React.ComponentProps<'pre'>) {
  const t = useT();
  const ref = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    const text = ref.current?.innerText ?? '';
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      setTimeout(() => setCopied(false), 1500);
    } catch {
      // Clipboard refused (insecure context): select the text so the reader can copy it.
      const range = document.createRange();
      if (ref.current) range.selectNodeContents(ref.current);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }
  };
  return (
    <div className="code-block">
      <pre ref={ref} tabIndex={0} {...props} />
      <button type="button" className="copy-button" onClick={copy} aria-label={t.copyCode}>
        {copied ? t.copied : t.copy}
      </button>
    </div>
  );
}
