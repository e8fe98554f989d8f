import fs from 'node:fs';
import path from 'node:path';
import { configurationDoc } from '../config/config-docs';

/** Writes docs/configuration.md from the settings' schema (`pnpm docs:config`). */
const target = path.resolve(__dirname, '../../../../docs/configuration.md');
fs.writeFileSync(target, configurationDoc());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
