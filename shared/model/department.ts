import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/languages';

export const DepartmentCodeSchema = z.string().regex(/^[A-Z0-9]{2,12}$/);

export const DepartmentSchema = z.object({
  code: DepartmentCodeSchema,
  name: LocalizedTextSchema,
});
export type Department = z.infer<typeof DepartmentSchema>;
