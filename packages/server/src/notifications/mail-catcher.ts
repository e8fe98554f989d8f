import type { AddressInfo } from 'node:net';
import express from 'express';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { escapeHtml } from '../common/html';

export type CaughtMail = {
  id: number;
  messageId: string | null;
  from: string;
  /** The From and Reply-To headers as written, e.g. `"Demo Brand" <orders@…>`. */
  fromHeader: string;
  replyTo: string | null;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  receivedAt: Date;
};

const KEEP = 500;

/**
 * A local SMTP server for development and tests (when SMTP_URL is unset): it accepts every message
 * and keeps the last few hundred in memory, viewable at /dev/mail.
 */
export class MailCatcher {
  readonly messages: CaughtMail[] = [];
  private nextId = 1;
  private server: SMTPServer | null = null;
  /** What each /dev/mail answer may show: nothing unless the route says which messages (see showing). */
  private readonly shown = new WeakMap<express.Response, CaughtMail[]>();

  /** Lets the router answer `res` with these messages only (the reader's own). */
  showing(res: express.Response, messages: CaughtMail[]): void {
    this.shown.set(res, messages);
  }

  async start(port: number, host = '127.0.0.1'): Promise<number> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            this.messages.push({
              id: this.nextId++,
              messageId: mail.messageId ?? null,
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              fromHeader: mail.from?.text ?? '',
              replyTo: mail.replyTo?.text ?? null,
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : null,
              receivedAt: new Date(),
            });
            if (this.messages.length > KEEP) this.messages.shift();
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.on('error', reject);
      server.listen(port, host, () => resolve());
    });
    return (server.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /**
   * `/dev/mail`: the caught messages the reader may see, newest first (JSON with `?format=json`);
   * `/dev/mail/:id`: one of them.
   */
  router(): express.Router {
    const router = express.Router();
    router.get('/', (req, res) => {
      const messageId = typeof req.query.messageId === 'string' ? req.query.messageId : null;
      const list = [...(this.shown.get(res) ?? [])].reverse().filter((m) => !messageId || m.messageId === messageId);
      if (req.query.format === 'json') {
        res.json(list);
        return;
      }
      if (messageId && list[0]) {
        res.redirect(`/dev/mail/${list[0].id}`);
        return;
      }
      res.type('html').send(
        page(
          'Mail catcher',
          `<h1>Caught mail</h1><p>Emails the order desk sent in development (not delivered anywhere).</p>
          <table><tr><th>Received</th><th>To</th><th>Subject</th></tr>${list
            .map(
              (m) =>
                `<tr><td>${m.receivedAt.toISOString()}</td><td>${escapeHtml(m.to.join(', '))}</td><td><a href="/dev/mail/${m.id}">${escapeHtml(m.subject)}</a></td></tr>`,
            )
            .join('')}</table>`,
        ),
      );
    });
    router.get('/:id', (req, res) => {
      const mail = (this.shown.get(res) ?? []).find((m) => m.id === Number(req.params.id));
      if (!mail) {
        res.status(404).type('html').send(page('Not found', '<p>No such message.</p>'));
        return;
      }
      res.type('html').send(
        page(
          mail.subject,
          `<p><a href="/dev/mail">← All caught mail</a></p>
          <dl><dt>From</dt><dd>${escapeHtml(mail.from)}</dd><dt>To</dt><dd>${escapeHtml(mail.to.join(', '))}</dd>
          <dt>Subject</dt><dd>${escapeHtml(mail.subject)}</dd><dt>Message-ID</dt><dd>${escapeHtml(mail.messageId ?? '')}</dd></dl>
          <pre>${escapeHtml(mail.text)}</pre>`,
        ),
      );
    });
    return router;
  }
}

const page = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>
  body{font-family:system-ui,sans-serif;margin:2rem;color:#1f2937}table{border-collapse:collapse}
  td,th{border-bottom:1px solid #e5e7eb;padding:6px 12px;text-align:left}pre{white-space:pre-wrap;background:#f9fafb;padding:1rem}
  dt{font-weight:600}dd{margin:0 0 .5rem}</style></head><body>${body}</body></html>`;
