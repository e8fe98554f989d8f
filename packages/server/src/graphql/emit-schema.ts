import 'reflect-metadata';
import { createSchema, SCHEMA_FILE } from './schema';

/** `pnpm schema`: writes schema.graphql from the code (a test fails when they differ). */
createSchema({ emitSchemaFile: true })
  .then(() => console.log(`schema written to ${SCHEMA_FILE}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
