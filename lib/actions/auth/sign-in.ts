"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/actions/safe-action";
import { createFirstAdministrator } from "@/lib/admin/users";
import { signIn, signOut } from "@/lib/auth";
import { describeError } from "@/lib/errors/describe";
import { env } from "@/lib/env";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { setupSchema, signInSchema } from "@/lib/validation/admin";

type FormState = ActionResult;

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]) {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? "form")] ??= []).push(issue.message);
  return errors;
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(formData));
  const email = String(formData.get("email") ?? "");
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error.issues), values: { email } };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const throttled = "code" in error && error.code === "throttled";
      return {
        ok: false,
        error: throttled
          ? "Too many failed sign-ins for this email. Wait a little, then try again."
          : "That email and password do not match an active account.",
        values: { email },
      };
    }
    throw error;
  }
  redirect(sameOriginPath(String(formData.get("next") ?? ""), env().FERRY_APP_URL, "/files"));
}

export async function setupAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const parsed = setupSchema.safeParse(Object.fromEntries(formData));
  const values = { name: String(formData.get("name") ?? ""), email: String(formData.get("email") ?? "") };
  if (!parsed.success) return { ok: false, error: "Check the highlighted fields.", fieldErrors: fieldErrors(parsed.error.issues), values };
  try {
    await createFirstAdministrator(parsed.data);
  } catch (error) {
    return { ok: false, error: describeError(error), values };
  }
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  redirect("/settings/divisions");
}

export async function signOutAction() {
  await signOut({ redirectTo: "/sign-in" });
}

export async function oidcSignInAction() {
  await signIn("oidc", { redirectTo: "/files" });
}
