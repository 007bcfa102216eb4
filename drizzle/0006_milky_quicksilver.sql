CREATE TABLE "authorisation_problems" (
	"user_id" uuid NOT NULL,
	"integration_id" uuid NOT NULL,
	"code" text NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authorisation_problems_user_id_integration_id_pk" PRIMARY KEY("user_id","integration_id")
);
--> statement-breakpoint
ALTER TABLE "authorisation_problems" ADD CONSTRAINT "authorisation_problems_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "authorisation_problems" ADD CONSTRAINT "authorisation_problems_integration_id_integrations_id_fk" FOREIGN KEY ("integration_id") REFERENCES "public"."integrations"("id") ON DELETE cascade ON UPDATE no action;