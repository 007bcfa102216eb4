"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import { createFolderAction, renameFolderAction } from "@/lib/actions/files/folders";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { FolderNode } from "@/lib/files/folders";

type Props =
  | { mode: "create"; divisionId: string; parentId: string | null; parentName?: string; onDone: (folderId?: string) => void }
  | { mode: "rename"; folder: FolderNode; onDone: () => void };

export function FolderNameDialog(props: Props) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const creating = props.mode === "create";

  function submit(formData: FormData) {
    const name = String(formData.get("name") ?? "");
    startTransition(async () => {
      const result = creating
        ? await createFolderAction({ divisionId: props.divisionId, parentId: props.parentId, name })
        : await renameFolderAction({ folderId: props.folder.id, name });
      if (!result.ok) return setError(result.error);
      toast.success(creating ? `Created folder ${name.trim()}` : `Renamed to ${name.trim()}`);
      if (props.mode === "create") props.onDone(result.data as string);
      else props.onDone();
    });
  }

  return (
    <Dialog open onOpenChange={(open) => !open && props.onDone()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{creating ? "New folder" : "Rename folder"}</DialogTitle>
          <DialogDescription>
            {creating ? (props.parentName ? `Inside ${props.parentName}.` : "At the top level of the division.") : `Currently “${props.folder.name}”.`}
          </DialogDescription>
        </DialogHeader>
        <form action={submit} className="grid gap-4">
          <div className="grid gap-2">
            <Label htmlFor="folder-name">Folder name</Label>
            <Input id="folder-name" name="name" required autoFocus defaultValue={creating ? "" : props.folder.name} maxLength={120} />
          </div>
          <FormError message={error} />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => props.onDone()}>
              Cancel
            </Button>
            <Button type="submit" disabled={pending}>
              {creating ? "Create folder" : "Rename"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
