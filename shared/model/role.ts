import { z } from 'zod';

/**
 * Who acts on a record. Citizens act only through the bot; `system` is Seva itself
 * (for example issuing a certificate once a request is approved).
 */
export const ACTOR_ROLES = ['citizen', 'agent', 'officer', 'kiosk', 'admin', 'system'] as const;
export const ActorRoleSchema = z.enum(ACTOR_ROLES);
export type ActorRole = z.infer<typeof ActorRoleSchema>;

/** Roles a bearer token can carry. */
export const TOKEN_ROLES = ['agent', 'officer', 'kiosk', 'admin'] as const;
export const TokenRoleSchema = z.enum(TOKEN_ROLES);
export type TokenRole = z.infer<typeof TokenRoleSchema>;
