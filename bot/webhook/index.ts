/** The WhatsApp webhook adapter: signature, subscription check, durable inbox, fast 200. */
export { createWebhookRouter, WEBHOOK_PATH, type WebhookDeps } from './router';
