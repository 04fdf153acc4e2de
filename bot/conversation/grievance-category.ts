import { z } from 'zod';

/**
 * What a grievance is about, so the office can route and count it. A short closed list: the
 * citizen picks one, the description says the rest. Stored on the grievance as the code.
 */
export const GRIEVANCE_CATEGORIES = ['delay', 'staff_behaviour', 'wrong_decision', 'service_quality', 'other'] as const;
export const GrievanceCategorySchema = z.enum(GRIEVANCE_CATEGORIES);
export type GrievanceCategory = z.infer<typeof GrievanceCategorySchema>;
