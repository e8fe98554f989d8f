import fs from 'node:fs';
import { printSchema } from 'graphql';
import { buildSchema as parseSdl } from 'graphql';
import { createEventBus } from './pubsub';
import { createSchema, SCHEMA_FILE } from './schema';

describe('schema.graphql, the checked-in contract', () => {
  it('matches the schema the code builds (run `pnpm codegen` after changing it)', async () => {
    const fromCode = printSchema(await createSchema({ pubSub: createEventBus().pubSub }));
    const fromFile = printSchema(parseSdl(fs.readFileSync(SCHEMA_FILE, 'utf8')));
    expect(fromFile).toBe(fromCode);
  });
});
