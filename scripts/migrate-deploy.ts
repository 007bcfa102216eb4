import { migrateDatabase } from "@/lib/db/migrate";

/**
 * `npm run db:migrate:deploy`, Vercel's build step: applies migrations to DATABASE_URL (on a
 * preview, the Neon branch the Neon–Vercel integration made for it). Unlike `db:migrate` it never
 * starts the embedded Postgres nor writes `.env.local`: a deployment without a database must fail here.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set: a deployment needs its Postgres (the Neon–Vercel integration sets it per preview).");
  process.exit(1);
}
await migrateDatabase(url);
console.log("Migrations applied.");
