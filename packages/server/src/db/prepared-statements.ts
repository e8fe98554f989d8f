import { createHash } from 'node:crypto';
import { Client } from 'pg';

/**
 * How many statement texts a process prepares. A text is prepared on each pool connection that runs
 * it, so this bounds what PostgreSQL keeps per connection; the hot statements are the repeated ones
 * and they come first. Texts past the bound run as before (parsed and planned on every execution).
 */
export const MAX_PREPARED_STATEMENTS = 1_000;
/** How many texts seen once are remembered while they wait for a second use. */
const MAX_SEEN_ONCE = 10_000;
/**
 * A statement that matches a list parameter (`= ANY($n)`, the loaders' reads) is planned on every
 * execution. PostgreSQL's generic plan for it cannot know the list's length nor which seller's rows
 * it reads, and guesses an average seller: on the full bench dataset the items of a 200-line order of
 * the big seller took 50 ms with the generic plan (a bitmap of the seller's 511,000 items) and 0.5 ms
 * planned for the parameters.
 */
const LIST_PARAMETER = /=\s*ANY\s*\(/i;

/**
 * Names for the statement texts worth preparing: a parameterised text on its second use (a one-off
 * text, such as an ad-hoc selection's, never takes a slot), up to MAX_PREPARED_STATEMENTS texts, and
 * never one that matches a list parameter (LIST_PARAMETER). The name is the text's hash, so every
 * connection and every process names a text alike.
 */
export class StatementNames {
  private readonly names = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  constructor(private readonly max = MAX_PREPARED_STATEMENTS) {}

  nameOf(text: string): string | undefined {
    const name = this.names.get(text);
    if (name !== undefined || this.names.size >= this.max || LIST_PARAMETER.test(text)) return name;
    if (!this.seenOnce.has(text)) {
      if (this.seenOnce.size >= MAX_SEEN_ONCE) this.seenOnce.clear();
      this.seenOnce.add(text);
      return undefined;
    }
    this.seenOnce.delete(text);
    const created = `od_${createHash('sha256').update(text).digest('base64url').slice(0, 24)}`;
    this.names.set(text, created);
    return created;
  }
}

/**
 * A pg client that runs repeated parameterised statements as named prepared statements: PostgreSQL
 * parses and analyses each once per connection and reuses its plan when the plan does not depend on
 * the parameters, instead of doing it all for every execution. Our statements are long (whole rows
 * with their facts in RETURNING), and that work was most of PostgreSQL's CPU per write. The pool is
 * given this class (pg's `Client` pool option); unparameterised statements (BEGIN, COMMIT) stay on
 * the simple protocol.
 */
export function preparingClient(names: StatementNames): typeof Client {
  return class PreparingClient extends Client {
    // pg's overloads: the base signature as pg declares it, any call shape passes through.
    override query(...args: unknown[]): never {
      const [config, values, callback] = args;
      if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
        const name = names.nameOf(config);
        if (name) return (super.query as (...a: unknown[]) => never)({ text: config, values, name }, callback);
      }
      return (super.query as (...a: unknown[]) => never)(...args);
    }
  };
}
