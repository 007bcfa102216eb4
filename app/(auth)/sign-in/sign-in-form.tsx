"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { oidcSignInAction, signInAction } from "@/lib/actions/auth/sign-in";

export function SignInForm({ next, oidc }: { next: string; oidc: boolean }) {
  const [state, action] = useActionState(signInAction, { ok: false, error: "" });
  const failed = !state.ok ? state : undefined;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">Sign in</CardTitle>
        <CardDescription>Use the email and password your administrator gave you.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form action={action} className="grid gap-4">
          <input type="hidden" name="next" value={next} />
          <Field label="Email" name="email" type="email" autoComplete="username" required defaultValue={String(failed?.values?.email ?? "")} errors={failed?.fieldErrors?.email} />
          <Field label="Password" name="password" type="password" autoComplete="current-password" required errors={failed?.fieldErrors?.password} />
          <FormError message={failed?.error} />
          <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
        </form>
        {oidc && (
          <form action={oidcSignInAction}>
            <Button variant="outline" className="w-full">
              Sign in with your organisation
            </Button>
          </form>
        )}
      </CardContent>
    </Card>
  );
}
