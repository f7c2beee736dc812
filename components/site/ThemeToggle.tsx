'use client';
import { useEffect, useState } from 'react';
import { useT } from './LocaleProvider';

type Choice = 'light' | 'dark' | 'system';

function apply(choice: Choice) {
  const dark =
    choice === 'dark' ||
    (choice === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/** Light / dark / system; the choice persists in localStorage. */
export function ThemeToggle() {
  const t = useT();
  const [choice, setChoice] = useState<Choice | null>(null);

  useEffect(() => {
    const stored = localStorage.getItem('theme');
    // Reads the stored choice once the page is interactive; the server cannot know it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChoice(stored === 'light' || stored === 'dark' ? stored : 'system');
  }, []);

  useEffect(() => {
    if (choice !== 'system') return;
    const media = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => apply('system');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [choice]);

  const choose = (next: Choice) => {
    setChoice(next);
    localStorage.setItem('theme', next);
    apply(next);
  };

  const options: [Choice, string][] = [
    ['light', t.themeLight],
    ['dark', t.themeDark],
    ['system', t.themeSystem],
  ];
  return (
    <div className="theme-toggle" role="group" aria-label={t.themeToggle}>
      {options.map(([value, label]) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          onClick={() => choose(value)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
