import type express from 'express';
import type { ViewerSources } from '../auth/request-viewer';
import { readSessionToken } from '../auth/session-cookie';
import type { MailCatcher } from './mail-catcher';

/** /dev/mail (development): caught mail holds buyers' addresses, so only signed-in seller users may read it. */
export function mailCatcherRoutes(
  sessions: ViewerSources['sessions'],
  mailCatcher: MailCatcher,
): express.RequestHandler[] {
  return [
    async (req, res, next) => {
      try {
        if (await sessions.viewerFor(readSessionToken(req.headers))) next();
        else res.status(401).type('text').send('Sign in to the dashboard to read caught mail.');
      } catch (error) {
        next(error);
      }
    },
    mailCatcher.router(),
  ];
}
