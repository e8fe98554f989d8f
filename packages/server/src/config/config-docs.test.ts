import fs from 'node:fs';
import path from 'node:path';
import { configurationDoc } from './config-docs';
import { envSchema } from './config';

const DOC = path.resolve(__dirname, '../../../../docs/configuration.md');

describe('docs/configuration.md', () => {
  it('is the one generated from the settings schema (run `pnpm docs:config` after changing a setting)', () => {
    expect(fs.readFileSync(DOC, 'utf8')).toBe(configurationDoc());
  });

  it('lists every setting with a meaning and a default', () => {
    const doc = configurationDoc();
    for (const name of Object.keys(envSchema.shape)) {
      expect(doc).toMatch(new RegExp(`^\\| \`${name}\` \\| [^|]+ \\| .{10,} \\|$`, 'm'));
    }
  });
});
