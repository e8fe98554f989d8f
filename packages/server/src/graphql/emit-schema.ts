import 'reflect-metadata';
import { createEventBus } from './pubsub';
import { createSchema, SCHEMA_FILE } from './schema';

/** `pnpm schema`: writes schema.graphql from the code (a test fails when they differ). */
createSchema({ pubSub: createEventBus().pubSub, emitSchemaFile: true })
  .then(() => console.log(`schema written to ${SCHEMA_FILE}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
