"use client";

import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createDivisionAction } from "@/lib/actions/admin/divisions";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";

export function CreateDivisionDialog() {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button>
          <Plus /> New division
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>New division</DialogTitle>
          <DialogDescription>A division is a team, such as a practice group, with its own folders.</DialogDescription>
        </DialogHeader>
        <form
          action={(formData) =>
            startTransition(async () => {
              const result = await createDivisionAction(formData);
              if (!result.ok) return setError(result.error);
              setOpen(false);
              router.push(`/settings/divisions/${result.data}`);
            })
          }
          className="grid gap-4"
        >
          <Field label="Name" name="name" required placeholder="e.g. Corporate M&A" />
          <FormError message={error} />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              Create division
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
