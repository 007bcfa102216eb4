"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { validatedAction } from "@/lib/actions/safe-action";
import { createFirstAdministrator } from "@/lib/admin/users";
import { signIn, signOut } from "@/lib/auth";
import { env } from "@/lib/env";
import { AppError, invalid } from "@/lib/errors";
import { sameOriginPath } from "@/lib/http/same-origin-path";
import { setupSchema, signInFormSchema } from "@/lib/validation/admin";

export const signInAction = validatedAction(signInFormSchema, async (input) => {
  try {
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    throw "code" in error && error.code === "throttled"
      ? new AppError("RATE_LIMITED", "Too many failed sign-ins for this email. Wait a little, then try again.")
      : invalid("That email and password do not match an active account.");
  }
  redirect(sameOriginPath(input.next, env().FERRY_APP_URL, "/files"));
});

/** First run only: `createFirstAdministrator` refuses once Ferry is set up. */
export const setupAction = validatedAction(setupSchema, async (input) => {
  await createFirstAdministrator(input);
  await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  redirect("/settings/divisions");
});

/**
 * Ends the session; the caller then loads the sign-in page afresh. A redirect from the action would render
 * that page in the action's own request, where the session cookie just deleted may still be read — and the
 * sign-in page sends a signed-in person on to /files (seen once in CI).
 */
export async function signOutAction() {
  await signOut({ redirect: false });
}

export async function oidcSignInAction() {
  await signIn("oidc", { redirectTo: "/files" });
}
