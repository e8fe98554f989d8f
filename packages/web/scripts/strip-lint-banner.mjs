// graphql-codegen's client preset starts every file with an eslint-disable banner; the generated
// folder is excluded from ESLint in eslint.config.mjs instead, so the banner is dropped.
import fs from 'node:fs';

for (const file of process.argv.slice(2)) {
  const text = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, text.replace(/^\/\* eslint-disable \*\/\r?\n/, ''));
}
