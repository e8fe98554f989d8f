import { escapeHtml } from '../../common/html';

export type WebhookEndpointDisabledEmail = {
  sellerName: string;
  url: string;
  description: string | null;
  reason: string;
};

/** To the seller's owners when the desk disables a webhook endpoint that kept failing. */
export function renderWebhookEndpointDisabled(email: WebhookEndpointDisabledEmail): {
  subject: string;
  text: string;
  html: string;
} {
  const name = email.description ? `${email.description} (${email.url})` : email.url;
  const subject = `A webhook endpoint of ${email.sellerName} was disabled`;
  const advice =
    'Check that the endpoint is up and answers with a 2xx status, then enable it again in Settings → Webhooks. ' +
    'Events of the days it was failing can be sent again with Replay.';
  const text = [
    'Hello,',
    '',
    `The order desk disabled the webhook endpoint ${name}.`,
    email.reason,
    'It receives no events while disabled.',
    '',
    advice,
  ].join('\n');
  const html = `<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#1f2937;line-height:1.5">
<p>Hello,</p>
<p>The order desk disabled the webhook endpoint <strong>${escapeHtml(name)}</strong>.</p>
<p>${escapeHtml(email.reason)} It receives no events while disabled.</p>
<p>${escapeHtml(advice)}</p>
</body></html>`;
  return { subject, text, html };
}
