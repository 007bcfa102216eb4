import { redirect } from "next/navigation";
import { connection } from "next/server";
import { hasAnyUser } from "@/lib/admin/users";
import { oidcEnabled } from "@/lib/auth";
import { getActor } from "@/lib/auth/session";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  await connection();
  if (!(await hasAnyUser())) redirect("/setup");
  if (await getActor()) redirect("/files");
  const { callbackUrl } = await searchParams;
  let next = "/files";
  try {
    if (callbackUrl) next = new URL(callbackUrl, "http://ferry.invalid").pathname;
  } catch {}
  return <SignInForm next={next} oidc={oidcEnabled()} />;
}
