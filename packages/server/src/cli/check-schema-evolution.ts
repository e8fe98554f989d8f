import fs from 'node:fs';
import path from 'node:path';
import { checkSchemaEvolution } from '../graphql/schema-evolution';

const SERVER_DIR = path.resolve(__dirname, '../..');
const read = (file: string) => fs.readFileSync(path.resolve(SERVER_DIR, file), 'utf8');

/**
 * `pnpm --filter @order-desk/server schema:check` (CI runs it): schema.graphql against the last
 * released schema; exits 1 on a breaking change that docs/api-changelog.md does not announce.
 */
async function main(): Promise<void> {
  const report = await checkSchemaEvolution({
    releasedSdl: read('schema.released.graphql'),
    currentSdl: read('schema.graphql'),
    changelog: read('../../docs/api-changelog.md'),
    today: new Date().toISOString().slice(0, 10),
  });
  for (const change of report.breaking) console.log(`breaking: ${change.path ?? change.type}: ${change.message}`);
  if (report.problems.length > 0) {
    for (const problem of report.problems) console.error(`✗ ${problem}`);
    process.exit(1);
  }
  console.log(
    `schema evolution: ${report.breaking.length} breaking change(s), each announced in docs/api-changelog.md`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
