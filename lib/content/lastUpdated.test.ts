import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { lastCommitDate } from './lastUpdated';

describe('lastCommitDate', () => {
  it("gives the day of the file's last commit, as git log reports it", () => {
    const git = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'package.json'], { encoding: 'utf8' }).trim();
    expect(lastCommitDate('package.json')).toBe(git);
    expect(lastCommitDate('package.json')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('gives null for a file with no history', () => {
    expect(lastCommitDate('content/no-such-lesson.mdx')).toBeNull();
  });
});
