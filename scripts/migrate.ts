import { prepareDatabase } from "./database";
import { ensureLocalEnv } from "./local-env";

/** `npm run db:migrate`: applies migrations to `DATABASE_URL`, or to the embedded dev database. */
ensureLocalEnv();
const database = await prepareDatabase({
  dataDir: ".data/postgres",
  port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
  name: "ferry",
  fresh: false,
});
console.log("Migrations applied.");
await database.stop();
