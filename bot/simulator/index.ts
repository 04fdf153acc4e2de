/**
 * Try the bot without Meta: a chat page and a terminal chat that act as citizens, posting
 * signed webhooks to the bot and showing what it sends through the fake Graph API.
 */
export { runChat, type ChatOptions } from './chat-cli';
export { createSimulator, type Simulator, type SimulatorOptions } from './create-simulator';
export type { CitizenView, DeliveryStatus, SimulatorEvent } from './simulator-events';
export { messageWebhook, signatureHeader, statusWebhook, type BusinessIdentity } from './webhook-payload';
