import { execFile } from 'node:child_process';
import path from 'node:path';

// pdf-parse (pdfjs) loads its worker with a dynamic import, which jest's module sandbox cannot run;
// so the text is extracted by plain Node in a child process.
const SCRIPT = `
const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', async () => {
  const parser = new PDFParse({ data: Buffer.concat(chunks) });
  const { text } = await parser.getText();
  await parser.destroy();
  process.stdout.write(text);
});`;

/** The text of a PDF, as a reader copying it would get it. */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', SCRIPT],
      // Resolves pdf-parse from this package.
      { cwd: path.resolve(__dirname, '..'), maxBuffer: 10 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin?.end(pdf);
  });
}
