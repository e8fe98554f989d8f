import fs from 'node:fs';
import path from 'node:path';
import WebSocket from 'ws';
import { summariseAllocations, summariseProfile } from './profile-summary';

/**
 * CPU profiles of the measured windows only (`--cpu-prof`). A whole-process profile mixes start-up
 * (module loading is a tenth of it), the warmup of every read scenario and every scenario's load;
 * this one drives the server's inspector (Chrome DevTools Protocol) and profiles each scenario's
 * measurement by itself, so a write's profile holds that write's work and nothing else.
 */
export class InspectorProfiler {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  private constructor(
    private readonly socket: WebSocket,
    private readonly heap: boolean,
  ) {
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
      const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id!);
      if (message.error) waiter.reject(new Error(message.error.message));
      else waiter.resolve(message.result);
    });
  }

  /**
   * Connects to the inspector a process opened with `--inspect=127.0.0.1:<port>`; with `heap`, each
   * window's allocations are sampled too.
   */
  static async connect(inspectPort: number, { heap }: { heap: boolean }): Promise<InspectorProfiler> {
    const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as {
      webSocketDebuggerUrl: string;
    }[];
    const socket = new WebSocket(targets[0]!.webSocketDebuggerUrl);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const profiler = new InspectorProfiler(socket, heap);
    await profiler.call('Profiler.enable');
    // 200 µs: fine enough for a 2-3 ms request, cheap enough not to change what it measures much.
    await profiler.call('Profiler.setSamplingInterval', { interval: 200 });
    return profiler;
  }

  private call(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const answer = new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
    this.socket.send(JSON.stringify({ id, method, params }));
    return answer;
  }

  async start(): Promise<void> {
    await this.call('Profiler.start');
    // Every 1 KB on average, counting what the collector has already freed: a request's garbage is
    // most of what it allocates. It slows the server several times over; read its figures per request.
    if (this.heap) {
      await this.call('HeapProfiler.startSampling', {
        samplingInterval: 1024,
        includeObjectsCollectedByMinorGC: true,
        includeObjectsCollectedByMajorGC: true,
      });
    }
  }

  /**
   * Stops profiling and writes the profile to `<base>.cpuprofile` (open it in Chrome DevTools or
   * summarise it by package) and the allocations, when sampled, to `<base>.heapprofile`.
   */
  async stopInto(base: string): Promise<{ cpu: string; heap: string | null }> {
    const { profile } = (await this.call('Profiler.stop')) as { profile: unknown };
    fs.mkdirSync(path.dirname(base), { recursive: true });
    fs.writeFileSync(`${base}.cpuprofile`, JSON.stringify(profile));
    if (!this.heap) return { cpu: `${base}.cpuprofile`, heap: null };
    const { profile: allocations } = (await this.call('HeapProfiler.stopSampling')) as { profile: unknown };
    fs.writeFileSync(`${base}.heapprofile`, JSON.stringify(allocations));
    return { cpu: `${base}.cpuprofile`, heap: `${base}.heapprofile` };
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * Stops each profiled server's profile of a measured window, writes it to `<resultsDir>/profiles/`, and
 * splits the window's measured CPU ms per request by package (the servers of a side together). The
 * profile gives the shares only: its sample intervals are wall time, which other load stretches.
 */
export async function collectProfiles(
  servers: { name: string; profiler: InspectorProfiler | null }[],
  scenarioName: string,
  cpuMsPerRequest: number,
  requests: number,
  resultsDir: string,
) {
  const profiled = servers.filter((s) => s.profiler);
  if (profiled.length === 0) return null;
  const slug = scenarioName
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  const written = await Promise.all(
    profiled.map((s) => s.profiler!.stopInto(path.join(resultsDir, 'profiles', `${s.name}-${slug}`))),
  );
  const files = written.map((w) => w.cpu);
  const heapFiles = written.flatMap((w) => (w.heap ? [w.heap] : []));
  const summaries = files.map(summariseProfile);
  const busyMs = summaries.reduce((sum, p) => sum + p.busyMs, 0);
  const byPackage = new Map<string, number>();
  for (const p of summaries.flatMap((s) => s.packages))
    byPackage.set(p.package, (byPackage.get(p.package) ?? 0) + p.ms);
  return {
    files: [...files, ...heapFiles].map((f) => path.relative(resultsDir, f)),
    ...(heapFiles.length && { allocations: summariseAllocations(heapFiles, requests) }),
    packages: [...byPackage]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([name, ms]) => ({
        package: name,
        percent: Math.round((ms / busyMs) * 1000) / 10,
        cpuMsPerRequest: Math.round((ms / busyMs) * cpuMsPerRequest * 1000) / 1000,
      })),
  };
}
