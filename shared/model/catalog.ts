import { z } from 'zod';
import { DepartmentSchema } from './department';
import { ServiceSchema } from './service';

/** A department with its services, as the catalog nests them. */
export const CatalogDepartmentSchema = DepartmentSchema.extend({
  services: z.array(ServiceSchema),
});
export type CatalogDepartment = z.infer<typeof CatalogDepartmentSchema>;

/** The content of a catalog, before it is published under a rev. */
export const CatalogContentSchema = z
  .object({ departments: z.array(CatalogDepartmentSchema).min(1) })
  .superRefine((content, ctx) => {
    const departments = new Set<string>();
    const services = new Set<string>();
    for (const department of content.departments) {
      if (departments.has(department.code)) {
        ctx.addIssue({ code: 'custom', message: `duplicate department ${department.code}` });
      }
      departments.add(department.code);
      for (const service of department.services) {
        if (services.has(service.id)) ctx.addIssue({ code: 'custom', message: `duplicate service ${service.id}` });
        if (service.departmentCode !== department.code) {
          ctx.addIssue({ code: 'custom', message: `service ${service.id} is filed under ${department.code}` });
        }
        services.add(service.id);
      }
    }
  });
export type CatalogContent = z.infer<typeof CatalogContentSchema>;

/**
 * A published catalog. A rev, once published, never changes: any edit publishes rev + 1,
 * and requests record the rev their form was filled against.
 */
export const PublishedCatalogSchema = z.object({
  rev: z.number().int().min(1),
  publishedAt: z.string().datetime(),
  departments: z.array(CatalogDepartmentSchema),
});
export type PublishedCatalog = z.infer<typeof PublishedCatalogSchema>;
