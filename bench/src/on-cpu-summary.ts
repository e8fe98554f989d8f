import fs from 'node:fs';
import { ownerOfScript } from './profile-summary';

/**
 * On-CPU time per request by package, from `perf script -F tid,ip,sym` of one server: each sample of
 * the main thread (the thread with the most samples) goes to the package of its innermost JavaScript
 * frame, the kernel and V8's builtins under it included (a write to a socket counts to the code that
 * wrote); samples without a JavaScript frame are "(no JavaScript frame)". V8's own profiler samples
 * the clock on the wall: a thread waiting for a core mid-syscall counts there. perf samples only what
 * runs.
 * usage: node dist/on-cpu-summary.js <perf script output> <requests in the window> <sampling Hz>
 */
type Sample = { tid: string; frames: string[] };

function samplesOf(text: string): Sample[] {
  const samples: Sample[] = [];
  let current: Sample | null = null;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      if (current) samples.push(current);
      current = null;
    } else if (!line.startsWith('\t')) {
      // A sample's first line: its thread id (some perf versions pad it with spaces); frames start with a tab.
      current = { tid: line.trim().split(/\s+/)[0]!, frames: [] };
    } else if (current) {
      current.frames.push(line.trim().split(/\s+/).slice(1).join(' '));
    }
  }
  if (current) samples.push(current);
  return samples;
}

/** A JavaScript frame's package: as the CPU profiles' summary says, with Node's own modules apart. */
function packageOf(frame: string): string {
  // perf names a JavaScript frame "JS:<tier><function> <script>:<line>:<column>".
  const script = (frame.split(/\s+/).pop() ?? '').replace(/:\d+:\d+$/, '');
  if (script.startsWith('node:')) return script.split('/').slice(0, 2).join('/');
  if (/bench\/dist\//.test(script)) return 'baseline';
  return ownerOfScript(script) ?? '(other JavaScript)';
}

export function onCpuByPackage(text: string, requests: number, hz: number) {
  const samples = samplesOf(text);
  const perThread = new Map<string, number>();
  for (const { tid } of samples) perThread.set(tid, (perThread.get(tid) ?? 0) + 1);
  const main = [...perThread].sort((a, b) => b[1] - a[1])[0]?.[0];
  const byPackage = new Map<string, number>();
  let mainSamples = 0;
  for (const { tid, frames } of samples) {
    if (tid !== main) continue;
    mainSamples++;
    const js = frames.find((frame) => frame.startsWith('JS:'));
    const name = js ? packageOf(js) : '(no JavaScript frame)';
    byPackage.set(name, (byPackage.get(name) ?? 0) + 1);
  }
  const micros = (count: number) => Math.round(((count * 1e6) / hz / requests) * 10) / 10;
  return {
    mainThreadMicros: micros(mainSamples),
    otherThreadsMicros: micros(samples.length - mainSamples),
    packages: [...byPackage].sort((a, b) => b[1] - a[1]).map(([name, count]) => ({ name, micros: micros(count) })),
  };
}

if (require.main === module) {
  const [file, requests, hz] = process.argv.slice(2);
  if (!file || !requests || !hz) throw new Error('usage: on-cpu-summary.js <perf script output> <requests> <hz>');
  const summary = onCpuByPackage(fs.readFileSync(file, 'utf8'), Number(requests), Number(hz));
  console.log(`main thread ${summary.mainThreadMicros} µs/req, other threads ${summary.otherThreadsMicros} µs/req`);
  for (const { name, micros } of summary.packages.slice(0, 25)) console.log(`  ${String(micros).padStart(7)}  ${name}`);
}
