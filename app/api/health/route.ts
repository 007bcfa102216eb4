import { databaseAnswers } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await databaseAnswers();
  return Response.json({ ok: database, database: database ? "up" : "down" }, { status: database ? 200 : 503 });
}
