import express from 'express';
import type { StripeWebhookHandler } from './stripe-webhook';

/**
 * POST /webhooks/stripe, mounted at that path (only its requests enter this router). Stripe signs the
 * exact bytes it sends, so this route reads the raw body: it must be mounted before any JSON parser or
 * compression.
 */
export function stripeWebhookRoute(handler: StripeWebhookHandler): express.Router {
  return express.Router().post('/', express.raw({ type: () => true, limit: '1mb' }), async (req, res, next) => {
    try {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const result = await handler.handle(body, req.header('stripe-signature'));
      res.status(result.status).json(result.body);
    } catch (error) {
      next(error);
    }
  });
}
