export { eventually } from './eventually';
export { pdfText } from './pdf-text';
export { WebhookReceiver, type ReceivedWebhook } from './webhook-receiver';
export { verifyWebhookSignature } from './webhook-signature';
