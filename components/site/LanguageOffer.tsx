'use client';
import { useEffect, useState } from 'react';
import { offersKorean } from '@/lib/site/languageOffer';
import { strings } from '@/lib/site/strings';
import { withBasePath } from './basePath';
import { LOCALE_KEY } from './LanguageSwitch';

const DISMISSED_KEY = 'locale-offer-dismissed';

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * One dismissible line on the English home page offering the Korean edition
 * to a browser that prefers Korean (or a reader who chose it before). Never a
 * redirect: deep links and this page stay where they are.
 */
export function LanguageOffer() {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const chosen = read(LOCALE_KEY);
    // The stored choice and the browser's languages exist only in the browser.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShown(
      offersKorean({
        chosen: chosen === 'en' || chosen === 'ko' ? chosen : null,
        dismissed: read(DISMISSED_KEY) === '1',
        languages: navigator.languages ?? [navigator.language],
      }),
    );
  }, []);
  if (!shown) return null;
  const ko = strings('ko');
  const dismiss = () => {
    setShown(false);
    try {
      localStorage.setItem(DISMISSED_KEY, '1');
    } catch {
      // Not remembered in private mode; the line is gone for this visit.
    }
  };
  return (
    <p className="language-offer" lang="ko" role="note">
      <span>{ko.offerOtherEdition}</span>
      <a href={withBasePath('/ko/')} hrefLang="ko">
        {ko.offerOpen}
      </a>
      <button type="button" onClick={dismiss}>
        {ko.dismiss}
      </button>
    </p>
  );
}
