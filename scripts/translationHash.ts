/**
 * `npm run translation:hash -- <slug> [...]`: records in `content/<slug>.ko.mdx`
 * which version of `content/<slug>.mdx` it translates — the frontmatter field
 * `translationOf`, the first 12 hex digits of the SHA-256 of the English file's
 * bytes (`sha256sum content/<slug>.mdx | cut -c1-12`). Run it after bringing the
 * Korean file up to date with an edited English one. `guide/authoring` names the guide.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { splitFrontmatter } from '../lib/content/frontmatter';

export function fileHash(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 12);
}

/** The Korean source with `translationOf` set to `hash` (added as the frontmatter's last field when absent). */
export function withTranslationOf(source: string, hash: string): string {
  const block = splitFrontmatter(source);
  if (!block) throw new Error('the file does not start with a --- frontmatter block');
  const lines = source.split('\n');
  const field = `translationOf: "${hash}"`;
  const at = lines.findIndex((l, i) => i < block.bodyStartLine - 1 && /^translationOf:/.test(l));
  if (at >= 0) lines[at] = field;
  else lines.splice(block.bodyStartLine - 2, 0, field);
  return lines.join('\n');
}

function main(slugs: string[]): number {
  if (slugs.length === 0) {
    console.error(
      'usage: npm run translation:hash -- <slug> [<slug> ...]   (guide/authoring for the guide)',
    );
    return 1;
  }
  for (const slug of slugs) {
    const english = join('content', `${slug}.mdx`);
    const korean = join('content', `${slug}.ko.mdx`);
    if (!existsSync(english) || !existsSync(korean)) {
      console.error(`${slug}: expected both ${english} and ${korean}`);
      return 1;
    }
    const hash = fileHash(readFileSync(english));
    writeFileSync(korean, withTranslationOf(readFileSync(korean, 'utf8'), hash));
    console.log(`${korean}: translationOf "${hash}" (${english})`);
  }
  return 0;
}

if (process.argv[1]?.endsWith('translationHash.ts')) {
  process.exitCode = main(parseArgs({ allowPositionals: true }).positionals);
}
