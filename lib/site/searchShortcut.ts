/**
 * The keys that open the site's search: `/` (as on GitHub, MDN and most documentation sites)
 * while the reader is not typing somewhere, and Ctrl-K (⌘K on a Mac) anywhere. Takes the parts
 * of a KeyboardEvent it needs, so it runs without a DOM.
 */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The event's target takes text: an input, a textarea, a select or an editable element. */
  inEditable: boolean;
}

/** Whether a key press opens the search. */
export function opensSearch(event: ShortcutKey): boolean {
  if (event.altKey) return false;
  if (event.key.toLowerCase() === 'k') return event.ctrlKey !== event.metaKey;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.inEditable;
}
