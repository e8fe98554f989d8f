import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where the sync keeps its checkpoint: the last `endCursor` of `orders(sort: UPDATED_AT)`. Plug in
 * your own (a row in your database, written in the same transaction as the orders it follows).
 */
export interface CheckpointStore {
  /** The stored cursor; null before the first sync stored one. */
  read(): Promise<string | null>;
  write(cursor: string): Promise<void>;
}

/** Forgets everything when the process ends: every start is a first sync. */
export class MemoryCheckpointStore implements CheckpointStore {
  private cursor: string | null = null;

  async read(): Promise<string | null> {
    return this.cursor;
  }

  async write(cursor: string): Promise<void> {
    this.cursor = cursor;
  }
}

type CheckpointFile = { cursor: string; savedAt: string };

/** A JSON file, `{ "cursor": …, "savedAt": … }`, replaced atomically (a crash leaves the old or the new one). */
export class JsonFileCheckpointStore implements CheckpointStore {
  constructor(private readonly file: string) {}

  async read(): Promise<string | null> {
    try {
      return (JSON.parse(await fs.readFile(this.file, 'utf8')) as CheckpointFile).cursor;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async write(cursor: string): Promise<void> {
    const content: CheckpointFile = { cursor, savedAt: new Date().toISOString() };
    const temporary = path.join(path.dirname(this.file), `.${path.basename(this.file)}.${process.pid}.tmp`);
    await fs.writeFile(temporary, JSON.stringify(content, null, 2) + '\n');
    await fs.rename(temporary, this.file);
  }
}
