CREATE TYPE "public"."job_status" AS ENUM('pending', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."sync_item_outcome" AS ENUM('new', 'updated', 'unchanged', 'skipped', 'failed');--> statement-breakpoint
CREATE TYPE "public"."sync_run_status" AS ENUM('queued', 'running', 'succeeded', 'failed');--> statement-breakpoint
CREATE TYPE "public"."sync_run_trigger" AS ENUM('schedule', 'manual');--> statement-breakpoint
CREATE TYPE "public"."sync_source_status" AS ENUM('active', 'paused', 'reauth_required', 'error');--> statement-breakpoint
CREATE TABLE "job_queue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_id" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "job_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"concurrency_keys" text[] DEFAULT '{}' NOT NULL,
	"dedupe_key" text,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sync_remote_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sync_source_id" uuid NOT NULL,
	"remote_id" text NOT NULL,
	"document_id" uuid,
	"remote_path" text NOT NULL,
	"remote_version" text,
	"size" bigint,
	"remote_hash" text,
	"removed_at_source_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_remote_items_identity" UNIQUE("sync_source_id","remote_id")
);
--> statement-breakpoint
CREATE TABLE "sync_run_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"remote_id" text NOT NULL,
	"name" text NOT NULL,
	"remote_path" text NOT NULL,
	"remote_folder_id" text NOT NULL,
	"local_folder_id" uuid NOT NULL,
	"remote_version" text NOT NULL,
	"size" bigint NOT NULL,
	"remote_hash" text,
	"modified_at" timestamp with time zone,
	"outcome" "sync_item_outcome" NOT NULL,
	"reason" jsonb,
	"done" boolean DEFAULT false NOT NULL,
	"document_id" uuid,
	"finished_at" timestamp with time zone,
	CONSTRAINT "sync_run_items_identity" UNIQUE("run_id","remote_id")
);
--> statement-breakpoint
CREATE TABLE "sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sync_source_id" uuid NOT NULL,
	"trigger" "sync_run_trigger" DEFAULT 'schedule' NOT NULL,
	"status" "sync_run_status" DEFAULT 'queued' NOT NULL,
	"planned_at" timestamp with time zone,
	"found" integer DEFAULT 0 NOT NULL,
	"new_count" integer DEFAULT 0 NOT NULL,
	"updated_count" integer DEFAULT 0 NOT NULL,
	"unchanged_count" integer DEFAULT 0 NOT NULL,
	"skipped_count" integer DEFAULT 0 NOT NULL,
	"failed_count" integer DEFAULT 0 NOT NULL,
	"removed_count" integer DEFAULT 0 NOT NULL,
	"planned_docs" integer DEFAULT 0 NOT NULL,
	"planned_bytes" bigint DEFAULT 0 NOT NULL,
	"done_docs" integer DEFAULT 0 NOT NULL,
	"bytes" bigint DEFAULT 0 NOT NULL,
	"error" jsonb,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sync_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"division_id" uuid NOT NULL,
	"folder_id" uuid NOT NULL,
	"integration_id" uuid NOT NULL,
	"connection_id" uuid,
	"owner_id" uuid,
	"workspace_id" text NOT NULL,
	"workspace_name" text NOT NULL,
	"remote_root_folder_id" text NOT NULL,
	"remote_root_path" text NOT NULL,
	"interval_minutes" integer DEFAULT 60 NOT NULL,
	"status" "sync_source_status" DEFAULT 'active' NOT NULL,
	"status_error" jsonb,
	"last_run_at" timestamp with time zone,
	"next_run_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sync_sources_folder" UNIQUE("folder_id")
);
--> statement-breakpoint
ALTER TABLE "sync_remote_items" ADD CONSTRAINT "sync_remote_items_sync_source_id_sync_sources_id_fk" FOREIGN KEY ("sync_source_id") REFERENCES "public"."sync_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_remote_items" ADD CONSTRAINT "sync_remote_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_run_items" ADD CONSTRAINT "sync_run_items_run_id_sync_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."sync_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_run_items" ADD CONSTRAINT "sync_run_items_local_folder_id_folders_id_fk" FOREIGN KEY ("local_folder_id") REFERENCES "public"."folders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_run_items" ADD CONSTRAINT "sync_run_items_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_runs" ADD CONSTRAINT "sync_runs_sync_source_id_sync_sources_id_fk" FOREIGN KEY ("sync_source_id") REFERENCES "public"."sync_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_sources" ADD CONSTRAINT "sync_sources_division_id_divisions_id_fk" FOREIGN KEY ("division_id") REFERENCES "public"."divisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_sources" ADD CONSTRAINT "sync_sources_folder_id_folders_id_fk" FOREIGN KEY ("folder_id") REFERENCES "public"."folders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_sources" ADD CONSTRAINT "sync_sources_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_sources" ADD CONSTRAINT "sync_sources_connection_id_remote_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."remote_connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sync_sources" ADD CONSTRAINT "sync_sources_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_queue_claim" ON "job_queue" USING btree ("status","run_at");--> statement-breakpoint
CREATE UNIQUE INDEX "job_queue_dedupe" ON "job_queue" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "sync_run_items_pending" ON "sync_run_items" USING btree ("run_id","done");--> statement-breakpoint
CREATE INDEX "sync_runs_source_created" ON "sync_runs" USING btree ("sync_source_id","created_at");--> statement-breakpoint
CREATE INDEX "sync_sources_due" ON "sync_sources" USING btree ("status","next_run_at");--> statement-breakpoint
CREATE INDEX "sync_sources_connection" ON "sync_sources" USING btree ("connection_id");