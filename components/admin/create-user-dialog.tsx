"use client";

import { UserPlus } from "lucide-react";
import { useState, useTransition } from "react";
import { createUserAction } from "@/lib/actions/admin/users";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { OneTimePassword } from "./one-time-password";

export function CreateUserDialog() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<{ message: string; fields?: Record<string, string[]> }>();
  const [created, setCreated] = useState<{ email: string; password: string }>();
  const [pending, startTransition] = useTransition();

  function submit(formData: FormData) {
    startTransition(async () => {
      const result = await createUserAction(formData);
      if (!result.ok) return setError({ message: result.error, fields: result.fieldErrors });
      setError(undefined);
      setCreated({ email: String(formData.get("email")).trim().toLowerCase(), password: result.data.oneTimePassword });
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setCreated(undefined);
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus /> Add user
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Add a user</DialogTitle>
          <DialogDescription>They sign in with a one-time password and then choose their own.</DialogDescription>
        </DialogHeader>
        {created ? (
          <>
            <OneTimePassword email={created.email} password={created.password} />
            <DialogFooter>
              <Button onClick={() => setOpen(false)}>Done</Button>
            </DialogFooter>
          </>
        ) : (
          <form action={submit} className="grid gap-4">
            <Field label="Name" name="name" required errors={error?.fields?.name} />
            <Field label="Email" name="email" type="email" required errors={error?.fields?.email} />
            <div className="grid gap-3">
              <Label className="font-normal">
                <Checkbox name="isAccountAdmin" /> Account administrator
              </Label>
              <Label className="font-normal">
                <Checkbox name="isConnectorAdmin" /> Connector administrator (manages integrations)
              </Label>
            </div>
            <FormError message={error?.message} />
            <DialogFooter>
              <Button type="submit" disabled={pending}>
                Create user
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
