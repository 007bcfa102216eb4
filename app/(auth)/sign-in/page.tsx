import { redirect } from "next/navigation";
import { connection } from "next/server";
import { hasAnyUser } from "@/lib/admin/users";
import { oidcEnabled } from "@/lib/auth";
import { getActor } from "@/lib/auth/session";
import { parseSearch, signInSearchSchema, type PageSearchParams } from "@/lib/validation/pages";
import { SignInForm } from "./sign-in-form";

export const metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: PageSearchParams }) {
  await connection();
  const [anyUser, actor] = await Promise.all([hasAnyUser(), getActor()]);
  if (!anyUser) redirect("/setup");
  if (actor) redirect("/files");
  const { callbackUrl } = parseSearch(signInSearchSchema, await searchParams);
  let next = "/files";
  try {
    if (callbackUrl) next = new URL(callbackUrl, "http://ferry.invalid").pathname;
  } catch {}
  return <SignInForm next={next} oidc={oidcEnabled()} />;
}
