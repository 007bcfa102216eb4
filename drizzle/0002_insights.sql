CREATE TYPE "public"."insight_status" AS ENUM('pending', 'running', 'ok', 'no_text', 'encrypted', 'unsupported', 'failed');--> statement-breakpoint
CREATE TYPE "public"."report_run_status" AS ENUM('queued', 'running', 'succeeded', 'partial', 'failed');--> statement-breakpoint
CREATE TYPE "public"."integration_target_status" AS ENUM('ok', 'reauth_required', 'error');--> statement-breakpoint
CREATE TABLE "document_insights" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_version_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"division_id" uuid NOT NULL,
	"status" "insight_status" DEFAULT 'pending' NOT NULL,
	"reason" text,
	"extractor" text,
	"truncated" boolean DEFAULT false NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "document_insights_document_version_id_unique" UNIQUE("document_version_id")
);
--> statement-breakpoint
CREATE TABLE "integration_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_id" uuid NOT NULL,
	"name" text NOT NULL,
	"integration_id" uuid NOT NULL,
	"connection_id" uuid,
	"site_id" text NOT NULL,
	"site_name" text NOT NULL,
	"sheet_id" text NOT NULL,
	"sheet_name" text NOT NULL,
	"status" "integration_target_status" DEFAULT 'ok' NOT NULL,
	"status_reason" text,
	"last_tested_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "integration_targets_division_name" UNIQUE("division_id","name")
);
--> statement-breakpoint
CREATE TABLE "report_rows" (
	"report_target_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"external_id" text NOT NULL,
	"item_id" text,
	"state" text DEFAULT 'pending' NOT NULL,
	"values_hash" text,
	"last_run_id" uuid,
	"written_at" timestamp with time zone,
	CONSTRAINT "report_rows_report_target_id_document_id_pk" PRIMARY KEY("report_target_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "report_run_errors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"document_id" uuid,
	"document_name" text NOT NULL,
	"message" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_target_id" uuid NOT NULL,
	"trigger" text NOT NULL,
	"status" "report_run_status" DEFAULT 'queued' NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"processed" integer DEFAULT 0 NOT NULL,
	"created" integer DEFAULT 0 NOT NULL,
	"updated" integer DEFAULT 0 NOT NULL,
	"unchanged" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"waiting" integer DEFAULT 0 NOT NULL,
	"error" text,
	"error_code" text,
	"requested_by" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "report_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_id" uuid NOT NULL,
	"integration_target_id" uuid NOT NULL,
	"name" text NOT NULL,
	"folder_id" uuid,
	"mapping" jsonb NOT NULL,
	"schedule_hours" integer,
	"next_run_at" timestamp with time zone,
	"lease_run_id" uuid,
	"lease_expires_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_targets_division_name" UNIQUE("division_id","name")
);
--> statement-breakpoint
ALTER TABLE "document_insights" ADD CONSTRAINT "document_insights_document_version_id_document_versions_id_fk" FOREIGN KEY ("document_version_id") REFERENCES "public"."document_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_insights" ADD CONSTRAINT "document_insights_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "document_insights" ADD CONSTRAINT "document_insights_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_targets" ADD CONSTRAINT "integration_targets_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_targets" ADD CONSTRAINT "integration_targets_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_targets" ADD CONSTRAINT "integration_targets_connection_id_remote_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."remote_connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integration_targets" ADD CONSTRAINT "integration_targets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rows" ADD CONSTRAINT "report_rows_report_target_id_report_targets_id_fk" FOREIGN KEY ("report_target_id") REFERENCES "public"."report_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_rows" ADD CONSTRAINT "report_rows_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_run_errors" ADD CONSTRAINT "report_run_errors_run_id_report_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."report_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_run_errors" ADD CONSTRAINT "report_run_errors_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_report_target_id_report_targets_id_fk" FOREIGN KEY ("report_target_id") REFERENCES "public"."report_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_targets" ADD CONSTRAINT "report_targets_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_targets" ADD CONSTRAINT "report_targets_integration_target_id_integration_targets_id_fk" FOREIGN KEY ("integration_target_id") REFERENCES "public"."integration_targets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_targets" ADD CONSTRAINT "report_targets_folder_id_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."folders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_targets" ADD CONSTRAINT "report_targets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "document_insights_document" ON "document_insights" USING btree ("document_id");--> statement-breakpoint
CREATE INDEX "document_insights_division_status" ON "document_insights" USING btree ("division_id","status");--> statement-breakpoint
CREATE INDEX "report_run_errors_run" ON "report_run_errors" USING btree ("run_id");--> statement-breakpoint
CREATE INDEX "report_runs_target_created" ON "report_runs" USING btree ("report_target_id","created_at");--> statement-breakpoint
CREATE INDEX "report_targets_next_run" ON "report_targets" USING btree ("next_run_at");