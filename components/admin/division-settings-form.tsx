"use client";

import { useRouter } from "next/navigation";
import { deleteDivisionAction, renameDivisionAction } from "@/lib/actions/admin/divisions";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useAction } from "@/hooks/use-action";

export function DivisionSettingsForm({ divisionId, name }: { divisionId: string; name: string }) {
  const { pending, run } = useAction();
  const router = useRouter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Division</CardTitle>
        <CardDescription>Rename the division, or delete it once it has no folders left.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap items-end gap-3">
        <form
          className="flex flex-1 items-end gap-3"
          action={(formData) => run(() => renameDivisionAction({ divisionId, name: String(formData.get("name") ?? "") }), { success: "Division renamed" })}
        >
          <div className="grid flex-1 gap-2">
            <Label htmlFor="division-name">Name</Label>
            <Input id="division-name" name="name" defaultValue={name} required />
          </div>
          <Button type="submit" variant="outline" disabled={pending}>
            Rename
          </Button>
        </form>
        <ConfirmButton
          variant="destructive"
          disabled={pending}
          title={`Delete ${name}?`}
          description={<p>Only a division without folders can be deleted. Its members lose access to it.</p>}
          confirmLabel="Delete division"
          onConfirm={() => run(() => deleteDivisionAction({ divisionId }), { success: "Division deleted", onSuccess: () => router.push("/settings/divisions") })}
        >
          Delete division
        </ConfirmButton>
      </CardContent>
    </Card>
  );
}
