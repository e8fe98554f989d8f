// NUL cannot be stored in PostgreSQL text, and an unpaired surrogate is not Unicode at all (PostgreSQL
// refuses it in jsonb; elsewhere it would turn into U+FFFD). Either would fail deep inside a change.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store as it is: no NUL, no unpaired surrogate. */
export const isStorableText = (text: string): boolean => !text.includes('\u0000') && !UNPAIRED_SURROGATE.test(text);

export const UNSTORABLE_TEXT_MESSAGE = 'Text must be valid Unicode without NUL characters.';

/**
 * Whether any string inside `value` (arrays and objects walked) cannot be stored. Walked with a stack,
 * not recursion: a client's JSON may nest deeper than the call stack.
 */
export function holdsUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (!isStorableText(next)) return true;
    } else if (next && typeof next === 'object') {
      pending.push(...(Array.isArray(next) ? next : Object.values(next)));
    }
  }
  return false;
}
