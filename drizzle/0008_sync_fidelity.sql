ALTER TYPE "public"."sync_run_status" ADD VALUE 'partial' BEFORE 'failed';--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "secret_set_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "integrations" ADD COLUMN "secret_set_by" uuid;--> statement-breakpoint
UPDATE "integrations" SET "secret_set_at" = "created_at", "secret_set_by" = "created_by";--> statement-breakpoint
ALTER TABLE "job_queue" ADD COLUMN "lease_holder" text;--> statement-breakpoint
ALTER TABLE "integrations" ADD CONSTRAINT "integrations_secret_set_by_users_id_fk" FOREIGN KEY ("secret_set_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "integrations" DROP COLUMN "client_secret_hint";