import { describe, expect, it } from 'vitest';
import { opensSearch, type ShortcutKey } from './searchShortcut';

const press = (key: string, extra: Partial<ShortcutKey> = {}): ShortcutKey => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inEditable: false,
  ...extra,
});

describe('opensSearch', () => {
  it('"/" opens the search while the reader is not typing', () => {
    expect(opensSearch(press('/'))).toBe(true);
  });

  it('"/" typed into a field (the PyTorch prompt, a number input) stays in the field', () => {
    expect(opensSearch(press('/', { inEditable: true }))).toBe(false);
  });

  it('Ctrl-K and ⌘K open the search anywhere, in either case', () => {
    expect(opensSearch(press('k', { ctrlKey: true }))).toBe(true);
    expect(opensSearch(press('K', { metaKey: true, inEditable: true }))).toBe(true);
  });

  it('a plain k, Ctrl-/ and Alt combinations do not', () => {
    expect(opensSearch(press('k'))).toBe(false);
    expect(opensSearch(press('/', { ctrlKey: true }))).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, metaKey: true }))).toBe(false);
  });
});
