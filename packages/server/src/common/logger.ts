import pino, { type DestinationStream, type Logger } from 'pino';
import { requestLogFields } from './request-context';

/**
 * The processes' logger: JSON lines, credentials redacted, each line of a request or job carrying its
 * request id. `destination` lets tests read what was logged.
 */
export function createLogger(level: pino.LevelWithSilentOrString, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    mixin: requestLogFields,
  };
  return destination ? pino(options, destination) : pino(options);
}
