import fs from 'node:fs';

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string };
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

/** Share of the busy (non-idle) time spent in each package's own code (self time), largest first. */
export type PackageShare = { package: string; ms: number; percent: number };

/** The npm package or our server's top folder a script belongs to; null for anything else. */
export function ownerOfScript(url: string): string | null {
  const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency) return dependency[1]!;
  const ours = /packages\/server\/dist\/([^/]+)/.exec(url);
  return ours ? `server: ${ours[1]!.replace(/\.js$/, '')}` : null;
}

/** Where a frame's code lives: an npm package, our server's top folder, Node itself or V8's own work. */
function packageOf({ url, functionName }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native: syscalls, V8 builtins)';
  if (url.startsWith('node:')) return '(node core)';
  return (
    ownerOfScript(url) ??
    url
      .replace(/^file:\/\//, '')
      .split('/')
      .slice(-2)
      .join('/')
  );
}

export function summariseProfile(file: string): { busyMs: number; packages: PackageShare[] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const { samples, timeDeltas, endTime } = profile;
  // A sample stands for the time until the next one, as Chrome DevTools reads a profile; the time
  // from the profile's start to the first sample is no stack's. Charged the time since the previous
  // sample, the first one carried that wait (236 ms put postgres-date at 12% of an update's profile)
  // and a sample after a gap (the sampler waiting for a core) the gap.
  const selfMicros = new Map<number, number>();
  let at = profile.startTime + (timeDeltas[0] ?? 0);
  samples.forEach((id, i) => {
    const next = i + 1 < samples.length ? at + (timeDeltas[i + 1] ?? 0) : endTime;
    selfMicros.set(id, (selfMicros.get(id) ?? 0) + Math.max(next - at, 0));
    at = next;
  });
  const byPackage = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const micros = selfMicros.get(node.id) ?? 0;
    if (!micros || node.callFrame.functionName === '(idle)') continue;
    busy += micros;
    const name = packageOf(node.callFrame);
    byPackage.set(name, (byPackage.get(name) ?? 0) + micros);
  }
  const packages = [...byPackage]
    .sort((a, b) => b[1] - a[1])
    .map(([name, micros]) => ({
      package: name,
      ms: Math.round(micros / 100) / 10,
      percent: Math.round((micros / busy) * 1000) / 10,
    }));
  return { busyMs: Math.round(busy / 1000), packages };
}

type HeapNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children: HeapNode[];
};
type HeapProfile = { head: HeapNode; samples: { size: number; nodeId: number }[] };

/** What a window's requests allocated: KB a request in all, and by allocating function, largest first. */
export type Allocations = { kbPerRequest: number; sites: { site: string; kbPerRequest: number }[] };

/**
 * Sampled allocations (`.heapprofile`s of one side's servers) per request, by the function that
 * allocated (code graphql-jit compiles has no file: it shows by name alone).
 */
export function summariseAllocations(files: string[], requests: number): Allocations {
  const bySite = new Map<string, number>();
  let total = 0;
  for (const file of files) {
    const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as HeapProfile;
    const sites = new Map<number, string>();
    const visit = (node: HeapNode) => {
      const { functionName, url, lineNumber } = node.callFrame;
      const where = url ? ` ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}` : '';
      sites.set(node.id, `${functionName || '(anonymous)'}${where}`);
      node.children.forEach(visit);
    };
    visit(profile.head);
    for (const { size, nodeId } of profile.samples) {
      // A sample may name a node the profile's tree left out (rare): counted, without a site.
      const site = sites.get(nodeId) ?? '(no site)';
      bySite.set(site, (bySite.get(site) ?? 0) + size);
      total += size;
    }
  }
  const perRequest = (bytes: number) => Math.round(bytes / Math.max(requests, 1) / 102.4) / 10;
  return {
    kbPerRequest: perRequest(total),
    sites: [...bySite]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([site, bytes]) => ({ site, kbPerRequest: perRequest(bytes) })),
  };
}

/** `node dist/profile-summary.js <file.cpuprofile> [top]`: the busy time by package, as a table. */
if (require.main === module) {
  const [file, top = '25'] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node dist/profile-summary.js <file.cpuprofile> [top]');
    process.exit(2);
  }
  const { busyMs, packages } = summariseProfile(file);
  console.log(`busy ${busyMs} ms`);
  for (const p of packages.slice(0, Number(top))) {
    console.log(`${p.percent.toFixed(1).padStart(5)}%  ${p.ms.toFixed(0).padStart(7)} ms  ${p.package}`);
  }
}
