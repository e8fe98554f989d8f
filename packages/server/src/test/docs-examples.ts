import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** The host the docs' examples call; a test replaces it with its own server's. */
const DOCS_HOST = 'http://localhost:4000';

/** The ```sh blocks of one `## section` of a page under docs/, in order. */
export function shellExamples(page: string, section: string): string[] {
  const text = readFileSync(path.join(__dirname, '../../../../docs', page), 'utf8');
  const start = text.indexOf(`\n## ${section}\n`);
  if (start < 0) throw new Error(`docs/${page} has no section "${section}"`);
  const end = text.indexOf('\n## ', start + 1);
  return [...text.slice(start, end < 0 ? undefined : end).matchAll(/```sh\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

/** Runs a docs example with `sh` against `url`: its $VARIABLES (the key, ids) come from `env`. */
export async function runShellExample(example: string, url: string, env: Record<string, string>): Promise<string> {
  const { stdout } = await promisify(execFile)('sh', ['-c', example.replaceAll(DOCS_HOST, url)], {
    env: { ...process.env, ...env },
  });
  return stdout;
}
