"use client";

import { Loader2 } from "lucide-react";
import { plural } from "@/lib/plural";
import { useEffect, useState } from "react";
import { deleteFolderAction } from "@/lib/actions/files/folders";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useAction } from "@/hooks/use-action";
import type { FolderNode } from "@/lib/files/folders";
import { apiPath, getJson } from "@/lib/http/get-json";

type Impact = { subfolders: number; documents: number };

/** Shows exactly what deleting removes; the server refuses if the folder changed since. */
export function DeleteFolderDialog({ folder, onDone }: { folder: FolderNode; onDone: (deleted: boolean) => void }) {
  const [impact, setImpact] = useState<Impact>();
  const [error, setError] = useState<string>();
  const { pending, run } = useAction();

  useEffect(() => {
    void getJson<Impact>(apiPath(["folders", folder.id, "deletion-impact"])).then((result) => (result.ok ? setImpact(result.data) : setError(result.error)));
  }, [folder.id]);

  const empty = impact && impact.documents === 0 && impact.subfolders === 0;
  return (
    <Dialog open onOpenChange={(open) => !open && onDone(false)}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Delete “{folder.name}”?</DialogTitle>
          <DialogDescription asChild>
            <div>
              {!impact && !error && (
                <span className="flex items-center gap-2">
                  <Loader2 className="size-4 animate-spin" /> Counting what is inside…
                </span>
              )}
              {impact && empty && <p>The folder is empty.</p>}
              {impact && !empty && (
                <p>
                  This permanently deletes <strong>{plural(impact.documents, "document")}</strong> and <strong>{plural(impact.subfolders, "subfolder")}</strong> inside it,
                  with all their versions. Synced documents will not come back unless the sync source is set up again.
                </p>
              )}
            </div>
          </DialogDescription>
        </DialogHeader>
        <FormError message={error} />
        <DialogFooter>
          <Button variant="outline" onClick={() => onDone(false)}>
            Cancel
          </Button>
          <Button
            variant="destructive"
            disabled={!impact || pending}
            onClick={() =>
              impact &&
              run(() => deleteFolderAction({ folderId: folder.id, confirmedDocuments: impact.documents }), {
                success: `Deleted ${folder.name}`,
                onSuccess: () => onDone(true),
              })
            }
          >
            {empty ? "Delete folder" : `Delete folder and ${plural(impact?.documents ?? 0, "document")}`}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
