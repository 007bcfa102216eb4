import { z } from "./zod";
import { INSIGHT_FIELDS } from "@/lib/insights/catalogue";
import { SEARCH_MAX } from "./fields";
import { nameSchema } from "./names";

/** Insights pages and iSheet reporting share this file: reports are built from insights. */

const uuid = z.uuid("That reference is not valid.");
const name = nameSchema({ max: 120, required: "Enter a name." });

export const INSIGHT_SORTS = ["name", "type", "effective", "expiry", "law", "status", "updated"] as const;
export const insightSort = z
  .string()
  .refine((value) => (INSIGHT_SORTS as readonly string[]).includes(value.replace(/^-/, "")))
  .catch("name");

export const INSIGHT_STATUS_FILTERS = ["all", "ok", "waiting", "problems"] as const;

export const listInsightsSchema = z.object({
  divisionId: uuid,
  /** The folder and its subfolders; none means the whole division. */
  folderId: uuid.optional().catch(undefined),
  status: z.enum(INSIGHT_STATUS_FILTERS).catch("all").default("all"),
  sort: insightSort.default("name"),
  page: z.coerce.number().int().min(1).catch(1).default(1),
  pageSize: z.coerce.number().int().min(10).max(200).catch(50).default(50),
  search: z.string().trim().max(SEARCH_MAX).optional(),
});
export type ListInsightsInput = z.infer<typeof listInsightsSchema>;

export const rerunExtractionSchema = z.object({
  divisionId: uuid,
  documentId: uuid.optional(),
  onlyProblems: z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean()).default(false),
});

// ---- Integration targets (Division Settings → Integration Targets)

export const integrationTargetSchema = z.object({
  divisionId: uuid,
  name,
  integrationId: uuid,
  siteId: z.string().trim().min(1, "Choose a site."),
  sheetId: z.string().trim().min(1, "Choose an iSheet."),
});
export const updateIntegrationTargetSchema = integrationTargetSchema.extend({ targetId: uuid });
export const targetRefSchema = z.object({ targetId: uuid });
export const integrationTargetRefSchema = z.object({ integrationTargetId: uuid });
export const browseSitesSchema = z.object({ divisionId: uuid, integrationId: uuid });
export const browseSheetsSchema = browseSitesSchema.extend({ siteId: z.string().trim().min(1) });

// ---- Report targets (Insights → report target)

const fieldKeys = INSIGHT_FIELDS.map((field) => field.key) as [string, ...string[]];

export const mappingEntrySchema = z.object({
  field: z.enum(fieldKeys, "Choose an insight field."),
  columnId: z.string().trim().min(1, "Choose a column."),
});

export const reportTargetSchema = z.object({
  divisionId: uuid,
  name,
  integrationTargetId: uuid,
  folderId: uuid.nullable().default(null),
  mapping: z.array(mappingEntrySchema).min(1, "Map at least one insight field to a column."),
  /** Whether values extracted with low confidence are written to the iSheet or left blank there; absent keeps it as it is (new: "push"). */
  lowConfidence: z.enum(["push", "blank"]).optional(),
  /** Null: manual only. */
  scheduleHours: z.coerce.number().int().min(1, "Run at most once an hour.").max(24 * 30, "Run at least once every 30 days.").nullable().default(null),
});
export type ReportTargetInput = z.infer<typeof reportTargetSchema>;
export const updateReportTargetSchema = reportTargetSchema.extend({ reportTargetId: uuid });
export const reportTargetRefSchema = z.object({ reportTargetId: uuid });
