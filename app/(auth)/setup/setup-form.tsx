"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { setupAction } from "@/lib/actions/auth/sign-in";

export function SetupForm() {
  const [state, action] = useActionState(setupAction, { ok: false, error: "" });
  const failed = !state.ok ? state : undefined;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">Welcome to Ferry</CardTitle>
        <CardDescription>Create the first account administrator. You can add divisions and colleagues next.</CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} className="grid gap-4">
          <Field label="Your name" name="name" autoComplete="name" required defaultValue={String(failed?.values?.name ?? "")} errors={failed?.fieldErrors?.name} />
          <Field label="Work email" name="email" type="email" autoComplete="username" required defaultValue={String(failed?.values?.email ?? "")} errors={failed?.fieldErrors?.email} />
          <Field
            label="Password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            errors={failed?.fieldErrors?.password}
            hint="At least 12 characters."
          />
          <FormError message={failed?.error} />
          <SubmitButton pendingLabel="Creating…">Create administrator</SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
