-- Throttle rows are short-lived counters: start afresh rather than convert them.
DELETE FROM "sign_in_throttle";--> statement-breakpoint
ALTER TABLE "sign_in_throttle" DROP COLUMN "email";--> statement-breakpoint
ALTER TABLE "sign_in_throttle" ADD COLUMN "key" text PRIMARY KEY NOT NULL;
