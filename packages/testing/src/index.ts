export { eventually } from './eventually';
export { pdfText } from './pdf-text';
export { WebhookReceiver, type ReceivedWebhook } from './webhook-receiver';
export { verifyWebhookSignature } from './webhook-signature';
export { freePort, startNodeProcess, type NodeProcess, type NodeProcessOptions } from './node-process';
