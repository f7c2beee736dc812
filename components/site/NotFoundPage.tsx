import './styles';
import { localePath } from '@/lib/site/localePath';
import { strings, type Locale } from '@/lib/site/strings';
import { basePath } from './basePath';
import { themeScript } from './themeScript';

/**
 * Before first paint: a path under /ko/ makes the page Korean. The static host
 * serves one 404.html for every missing address, so the language can only come
 * from the address in the browser; the CSS shows the block of `<html lang>`.
 * The title the document was built with (English) is put back by the framework
 * once the page has hydrated, so the Korean one is kept by watching the head.
 */
const koreanTitle = JSON.stringify(`${strings('ko').notFoundTitle} · ${strings('ko').siteName}`);
const languageScript = `(function(){var p=location.pathname.slice(${JSON.stringify(basePath)}.length);if(p==='/ko'||p.indexOf('/ko/')===0){document.documentElement.lang='ko';var keep=function(){if(document.title!==${koreanTitle})document.title=${koreanTitle};};keep();new MutationObserver(keep).observe(document.head,{subtree:true,childList:true,characterData:true});}})();`;

function Message({ locale }: { locale: Locale }) {
  const t = strings(locale);
  return (
    <div className={`not-found-${locale}`} lang={locale}>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href={`${basePath}${localePath(locale, '/')}`}>{t.backHome}</a>
      </p>
    </div>
  );
}

/** The not-found page of both editions, in one document (see `languageScript`). */
export function NotFoundPage() {
  return (
    <html lang="en" suppressHydrationWarning>
      {/* A root layout's own <head> (app router), not a pages-router page. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript + languageScript }} />
      </head>
      <body>
        <header className="site-header">
          <a className="site-title not-found-en" href={`${basePath}/`}>
            Deep Learning, <span>Live</span>
          </a>
          <a className="site-title not-found-ko" href={`${basePath}/ko/`} lang="ko">
            {strings('ko').siteName}
          </a>
        </header>
        <main id="content" className="home">
          <Message locale="en" />
          <Message locale="ko" />
        </main>
      </body>
    </html>
  );
}
