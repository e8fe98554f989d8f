import type express from 'express';
import type { ViewerSources } from '../auth/request-viewer';
import { readSessionToken } from '../auth/session-cookie';
import type { CaughtMail, MailCatcher } from './mail-catcher';
import type { SentEmails } from './sent-emails';

/**
 * /dev/mail (development): caught mail holds buyers' addresses and what the seller wrote to them, so
 * a signed-in seller user sees only its own seller's emails (those whose Message-ID its outbox
 * recorded); mail of another seller, or that the order desk did not send, is shown to nobody.
 */
export function mailCatcherRoutes(
  sessions: ViewerSources['sessions'],
  sentEmails: SentEmails,
  mailCatcher: MailCatcher,
): express.RequestHandler[] {
  const visibleTo = async (sellerId: string): Promise<CaughtMail[]> => {
    const caught = [...mailCatcher.messages];
    const ids = caught.flatMap((mail) => (mail.messageId ? [mail.messageId] : []));
    const own = await sentEmails.ofSeller(sellerId, ids);
    return caught.filter((mail) => mail.messageId !== null && own.has(mail.messageId));
  };
  return [
    async (req, res, next) => {
      try {
        const viewer = await sessions.viewerFor(readSessionToken(req.headers));
        if (!viewer) {
          res.status(401).type('text').send('Sign in to the dashboard to read caught mail.');
          return;
        }
        mailCatcher.showing(res, await visibleTo(viewer.sellerId));
        next();
      } catch (error) {
        next(error);
      }
    },
    mailCatcher.router(),
  ];
}
