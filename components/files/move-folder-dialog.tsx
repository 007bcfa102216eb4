"use client";

import { useState } from "react";
import { moveFolderAction } from "@/lib/actions/files/folders";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { useAction } from "@/hooks/use-action";
import type { FolderNode } from "@/lib/files/folders";

const TOP = "__top__";

export function MoveFolderDialog({ folder, folders, onDone }: { folder: FolderNode; folders: FolderNode[]; onDone: () => void }) {
  const [target, setTarget] = useState(folder.parentId ?? TOP);
  const { pending, run } = useAction();
  const candidates = folders.filter((candidate) => candidate.id !== folder.id);
  return (
    <Dialog open onOpenChange={(open) => !open && onDone()}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Move “{folder.name}”</DialogTitle>
          <DialogDescription>Its subfolders and documents move with it.</DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor="move-target">New location</Label>
          <Select value={target} onValueChange={setTarget}>
            <SelectTrigger id="move-target">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={TOP}>Top level</SelectItem>
              {candidates.map((candidate) => (
                <SelectItem key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <DialogFooter>
          <Button variant="outline" onClick={onDone}>
            Cancel
          </Button>
          <Button
            disabled={pending}
            onClick={() =>
              run(() => moveFolderAction({ folderId: folder.id, parentId: target === TOP ? null : target }), {
                success: `Moved ${folder.name}`,
                onSuccess: onDone,
              })
            }
          >
            Move
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
