import { closestNames, didYouMean } from './closestNames';

export interface LinkContext {
  /** Every published lesson's slug with the heading ids of its page. */
  lessons: ReadonlyMap<string, ReadonlySet<string>>;
  /** Files under public/, as site paths: `/images/bn.svg`. */
  publicFiles: ReadonlySet<string>;
  /** The slug of the lesson being checked and its own heading ids. */
  slug: string;
  anchors: ReadonlySet<string>;
  /** How the ids are made, for the message; a translation's are its English file's. */
  idRule?: string;
}

const SLUG_RULE = 'ids are the heading text in lower case with spaces turned into hyphens';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
const PAGES = 'the pages are /, /guide/ and /lessons/<slug>/';

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function anchorProblem(anchor: string, anchors: ReadonlySet<string>, where: string, rule = SLUG_RULE): string | undefined {
  const id = decode(anchor);
  if (id === '' || anchors.has(id)) return undefined;
  const near = closestNames(id, anchors);
  const known = [...anchors];
  const list = near.length ? `did you mean #${near.join(' or #')}?` : known.length ? `its heading ids are #${known.slice(0, 8).join(', #')}${known.length > 8 ? ', ...' : ''}` : 'it has no headings';
  return `broken anchor #${anchor}: ${where} has no heading with that id (${list}); ${rule}`;
}

/**
 * What is wrong with a link's target, or undefined when it resolves: a page
 * of the site (`/`, `/guide/`, `/lessons/<slug>/`, with an optional
 * `#heading-id`), an anchor on this page, a file in public/, or an external
 * address.
 */
export function linkProblem(url: string, ctx: LinkContext): string | undefined {
  if (EXTERNAL.test(url)) return undefined;
  const hashAt = url.indexOf('#');
  const path = (hashAt < 0 ? url : url.slice(0, hashAt)).replace(/\?.*$/, '');
  const anchor = hashAt < 0 ? undefined : url.slice(hashAt + 1);
  if (path === '') return anchor === undefined ? 'empty link: give the address to link to' : anchorProblem(anchor, ctx.anchors, 'this lesson', ctx.idRule);
  if (!path.startsWith('/')) {
    return `relative link \`${url}\`: write links to the site from its root, e.g. /lessons/<slug>/ or /guide/, so they work under any base path`;
  }
  if (path === '/' || path === '/guide/') return undefined;
  if (path === '/guide' || /^\/lessons\/[^/]+$/.test(path)) return `link \`${url}\` lacks the trailing slash: write ${path}/${anchor === undefined ? '' : `#${anchor}`}`;
  const lesson = /^\/lessons\/([^/]+)\/$/.exec(path);
  if (lesson) {
    const slug = decode(lesson[1]);
    const anchors = slug === ctx.slug ? ctx.anchors : ctx.lessons.get(slug);
    if (!anchors) {
      return `broken link ${url}: there is no lesson \`${slug}\`${didYouMean(slug, ctx.lessons.keys())}; a lesson's slug is its file name in content/ without .mdx`;
    }
    return anchor === undefined ? undefined : anchorProblem(anchor, anchors, `lesson \`${slug}\``, ctx.idRule);
  }
  if (ctx.publicFiles.has(decode(path))) return undefined;
  return `broken link ${url}: it is not a page of the site (${PAGES}) nor a file in public/`;
}

/** What is wrong with an image's address, or undefined when it names a file in public/. */
export function imageSourceProblem(src: string, publicFiles: ReadonlySet<string>): string | undefined {
  if (EXTERNAL.test(src)) {
    return `image ${src} is on another site: the site loads nothing from other origins, so save the file under public/ (e.g. public/images/) and write its path, e.g. /images/name.svg`;
  }
  if (!src.startsWith('/')) return `image path \`${src}\` must start with /: write the file's path under public/, e.g. /images/name.svg for public/images/name.svg`;
  const path = decode(src.replace(/[?#].*$/, ''));
  if (publicFiles.has(path)) return undefined;
  return `image ${src} does not exist: there is no file public${path}${didYouMean(path, publicFiles)}; add the file or fix the path`;
}
