ALTER TABLE "report_runs" ADD COLUMN "cursor" uuid;--> statement-breakpoint
ALTER TABLE "report_runs" ADD COLUMN "attempts" integer DEFAULT 0 NOT NULL;