import { z } from 'zod';
import { CatalogDepartmentSchema, PublishedCatalogSchema } from '../model/catalog';

/** `GET /api/catalog`: the whole latest catalog. */
export const CatalogResponseSchema = PublishedCatalogSchema;
export type CatalogResponse = z.infer<typeof CatalogResponseSchema>;

/** `GET /api/catalog?since=<rev>` query. */
export const CatalogQuerySchema = z.object({
  since: z.coerce.number().int().min(0).optional(),
});

/**
 * `GET /api/catalog?since=<rev>`: what changed from `since` to `rev`. Departments listed
 * carry only their added or changed services; removals are listed by id.
 */
export const CatalogDeltaResponseSchema = z.object({
  rev: z.number().int().min(1),
  since: z.number().int().min(0),
  publishedAt: z.string().datetime(),
  departments: z.array(CatalogDepartmentSchema),
  removedServiceIds: z.array(z.string()),
  removedDepartmentCodes: z.array(z.string()),
});
export type CatalogDeltaResponse = z.infer<typeof CatalogDeltaResponseSchema>;
