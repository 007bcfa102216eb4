import { connection } from "next/server";
import { notFound } from "next/navigation";
import { hasAnyUser } from "@/lib/admin/users";
import { SetupForm } from "./setup-form";

export const metadata = { title: "Set up Ferry" };

/** First-run set-up exists only while Ferry has no users. */
export default async function SetupPage() {
  await connection();
  if (await hasAnyUser()) notFound();
  return <SetupForm />;
}
