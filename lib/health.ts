import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/lib/db";

export async function databaseAnswers(): Promise<boolean> {
  try {
    await db.execute(sql`SELECT 1`);
    return true;
  } catch {
    return false;
  }
}
