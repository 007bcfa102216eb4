"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { SubmitButton } from "@/components/forms/submit-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { changePasswordAction } from "@/lib/actions/account/password";

export function ChangePasswordForm({ required }: { required: boolean }) {
  const [state, action] = useActionState(changePasswordAction, undefined);
  const failed = state && !state.ok ? state : undefined;
  return (
    <Card>
      <CardHeader>
        <CardTitle className="text-xl">Choose your password</CardTitle>
        <CardDescription>
          {required ? "You signed in with a one-time password. Choose your own to continue." : "Change the password you sign in with."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form action={action} className="grid gap-4">
          <Field label="Current password" name="currentPassword" type="password" autoComplete="current-password" required errors={failed?.fieldErrors?.currentPassword} />
          <Field label="New password" name="newPassword" type="password" autoComplete="new-password" required errors={failed?.fieldErrors?.newPassword} hint="At least 12 characters." />
          <FormError message={failed?.error} />
          <SubmitButton pendingLabel="Saving…">Save password</SubmitButton>
        </form>
      </CardContent>
    </Card>
  );
}
