/**
 * Writes scripts/oracles/lessons/snippets_<slug>.txt: every TorchSession of a
 * lesson as one program (its buttons pressed from top to bottom), for
 * record_session.py. Run `npx tsx scripts/oracles/lessonSnippetCases.ts`, then
 * record each file and move it to tests/oracles/lessons/ (see the authoring guide).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { casesText, snippetPrograms } from '../../lib/content/sessionSnippets';

for (const file of readdirSync('content').filter((f) => f.endsWith('.mdx'))) {
  const slug = file.replace(/\.mdx$/, '');
  const programs = snippetPrograms(readFileSync(join('content', file), 'utf8'));
  if (programs.length === 0) continue;
  const text = programs
    .map((p) =>
      casesText(
        p.id,
        `the TorchSession at line ${p.line} of content/${file}, every button in order`,
        p.statements,
      ),
    )
    .join('\n');
  const target = join('scripts', 'oracles', 'lessons', `snippets_${slug.replace(/-/g, '_')}.txt`);
  writeFileSync(target, text + '\n');
  console.log(target, programs.length);
}
