import { z } from 'zod';
import { envSchema } from './config';

const BOOLEAN_VALUES = ['0', '1', 'false', 'true'];

const HEADER = `# Configuration

Generated from the settings' schema (\`packages/server/src/config/config.ts\`) by
\`npx -y pnpm@10.34.8 docs:config\`: do not edit it by hand, a test fails when the two disagree.

Every setting is an environment variable, read and validated once at start: an invalid value stops
the process with a message naming every problem. The API (\`dist/main.js\`), the worker
(\`dist/worker.js\`) and the CLIs (\`migrate\`, \`place-order\`, \`replace-card\`) read the same
settings; \`.env.example\` lists them all for \`docker compose\`. Booleans take \`true\`/\`false\` (or
\`1\`/\`0\`). Production settings: [deploy.md](deploy.md); metrics and alerts:
[operations.md](operations.md).
`;

/** A setting as the schema documents it (JSON Schema of the environment's input, plus our `defaultText`). */
type DocumentedSetting = { description?: string; defaultText?: string; default?: unknown; enum?: unknown[] };

const code = (value: unknown) => `\`${String(value)}\``;
const cell = (text: string) => text.replaceAll('|', '\\|');

function defaultOf(setting: DocumentedSetting): string {
  if (setting.defaultText) return setting.defaultText;
  return setting.default === undefined ? 'unset' : code(setting.default);
}

function meaningOf(name: string, setting: DocumentedSetting): string {
  if (!setting.description) throw new Error(`${name} has no description in config.ts: every setting documents itself`);
  const values = setting.enum?.map(String);
  const isBoolean = values && [...values].sort().join() === BOOLEAN_VALUES.join();
  return values && !isBoolean ? `${setting.description} One of ${values.map(code).join(', ')}.` : setting.description;
}

/** docs/configuration.md: every setting of the schema, in its order, with its default and its meaning. */
export function configurationDoc(): string {
  const { properties = {} } = z.toJSONSchema(envSchema, { io: 'input', unrepresentable: 'any' });
  const rows = Object.entries(properties).map(([name, schema]) => {
    const setting: DocumentedSetting = typeof schema === 'object' ? schema : {};
    return `| ${code(name)} | ${cell(defaultOf(setting))} | ${cell(meaningOf(name, setting))} |`;
  });
  return [HEADER, '| Setting | Default | Meaning |', '| --- | --- | --- |', ...rows, ''].join('\n');
}
