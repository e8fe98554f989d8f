// The server's own SMTP catcher, used as the suite's SMTP sink (compiled JavaScript, no declarations).
declare module '@order-desk/server/dist/notifications/mail-catcher' {
  export type CaughtMail = {
    id: number;
    messageId: string | null;
    to: string[];
    subject: string;
    text: string;
    html: string | null;
  };
  export class MailCatcher {
    readonly messages: CaughtMail[];
    start(port: number, host?: string): Promise<number>;
    stop(): Promise<void>;
  }
}
