import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

type Value = string | number | null;

/**
 * One table's COPY FROM STDIN (text format) on its own connection. Generated values never contain
 * tabs, newlines or backslashes, so they need no escaping; null is \N.
 */
export class CopyWriter {
  private readonly stream: ReturnType<typeof copyFrom>;
  private readonly done: Promise<unknown>;
  private buffer: string[] = [];
  rows = 0;

  constructor(client: Client, table: string, columns: string[]) {
    this.stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    this.done = finished(this.stream);
    // Errors surface through `done`; without a listener an early one would crash the process.
    this.done.catch(() => undefined);
  }

  async write(values: Value[]): Promise<void> {
    this.buffer.push(values.map((v) => (v === null ? '\\N' : String(v))).join('\t'));
    this.rows++;
    if (this.buffer.length >= 2_000) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join('\n') + '\n';
    this.buffer = [];
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.done;
  }
}
