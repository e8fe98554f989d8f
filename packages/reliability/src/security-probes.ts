import type { Families } from './families';
import { startProductionInstance } from './instances';
import { probeDocuments } from './probe-documents';
import { probeFieldFailures } from './probe-field-failures';
import { probeMailCatcher } from './probe-mail';
import { probeMistakes } from './probe-mistakes';
import { probeSockets } from './probe-sockets';
import { probeProductionStartup } from './probe-startup';
import { probeThrottle } from './probe-throttle';
import type { SuiteContext } from './suite-context';

/**
 * The security probe families (issue 16), each a class of attack: against the suite's API, two more
 * API instances in production mode behind a (simulated) proxy on the same services, and a development
 * server started with no configuration at all (for its mail catcher).
 */
export async function runSecurityProbes(ctx: SuiteContext, families: Families): Promise<void> {
  const prod = await startProductionInstance(ctx.env);
  const second = await startProductionInstance(ctx.env);
  try {
    await probeProductionStartup(ctx, families, prod);
    await probeMistakes(ctx, families);
    await probeFieldFailures(ctx, families);
    await probeDocuments(families, prod);
    await probeSockets(ctx, families, prod);
    await probeThrottle(ctx, families, [prod, second]);
    await probeMailCatcher(families);
  } finally {
    await prod.stop();
    await second.stop();
  }
}
