import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentSpecByName } from '@/components/widgets/specs';

const FIXTURES = 'tests/fixtures/content';
const EVERY_COMPONENT = [...componentSpecByName.keys()]
  .sort()
  .map((n) => `<${n}>`)
  .join(', ');

function run(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/checkContent.ts', ...args],
    { encoding: 'utf8' },
  );
  return { code: result.status, lines: result.stdout.trim().split('\n'), stderr: result.stderr };
}

describe('npm run check:content', () => {
  it('prints file:line:column: message and a summary, and exits 1 on a broken lesson', () => {
    const { code, lines, stderr } = run(`${FIXTURES}/unknown-widget.mdx`);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(lines).toEqual([
      `${FIXTURES}/unknown-widget.mdx:12:1: unknown component <LinearFitt> (did you mean LinearFit?); the components a lesson can use are ${EVERY_COMPONENT} (used by name, without imports)`,
      'content check: 1 file, 1 problem in 1 file',
    ]);
  });

  it('reports every broken fixture of a folder, and never a stack trace', () => {
    const { code, lines } = run(FIXTURES);
    expect(code).toBe(1);
    const files = new Set(lines.slice(0, -1).map((line) => line.split(':')[0]));
    const broken = readdirSync(FIXTURES).filter((f) => f.endsWith('.mdx') && f !== 'clean.mdx');
    expect([...files].sort()).toEqual(
      [...broken.map((f) => `${FIXTURES}/${f}`), `${FIXTURES}/duplicate-order/second.mdx`].sort(),
    );
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(/^tests\/fixtures\/content\/[\w/-]+\.mdx:\d+:\d+: \S/);
    expect(lines.join('\n')).not.toMatch(/\n\s+at /);
  });

  it('exits 0 on a clean lesson', () => {
    expect(run(`${FIXTURES}/clean.mdx`)).toMatchObject({
      code: 0,
      lines: ['content check: 1 file, no problems'],
    });
  });

  it.runIf(existsSync('content') && readdirSync('content').some((f) => f.endsWith('.mdx')))(
    'passes on the lessons in content/',
    () => {
      const { code, lines } = run();
      expect(lines.at(-1)).toMatch(/^content check: \d+ files?, no problems$/);
      expect(code).toBe(0);
    },
  );

  it('says when a path given does not exist', () => {
    const { code, stderr } = run('content/no-such-lesson.mdx');
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      'content check: content/no-such-lesson.mdx does not exist; give .mdx files or folders',
    );
  });
});
