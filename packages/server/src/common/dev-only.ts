const MISSING = new Set(['MODULE_NOT_FOUND', 'ERR_MODULE_NOT_FOUND']);

export class StandInNotInstalled extends Error {}

/**
 * Loads one of the development stand-ins (embedded PostgreSQL, the Stripe stand-in, the mail
 * catcher), which are dev dependencies left out of the production image. When it is missing the
 * error says which settings replace it.
 */
export async function loadDevOnly<T>(load: () => Promise<T>, settings: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!code || !MISSING.has(code)) throw error;
    throw new StandInNotInstalled(
      `Set ${settings}: the development stand-in it replaces is not installed in this build.`,
      {
        cause: error,
      },
    );
  }
}
