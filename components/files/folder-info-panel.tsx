import { Info, Settings2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { FolderNode } from "@/lib/files/folders";

function pathOf(folder: FolderNode, tree: FolderNode[]): string {
  const names = [folder.name];
  let parent = tree.find((candidate) => candidate.id === folder.parentId);
  while (parent) {
    names.unshift(parent.name);
    parent = tree.find((candidate) => candidate.id === parent?.parentId);
  }
  return `/${names.join("/")}`;
}

/** The Information panel of the selected folder. */
export function FolderInfoPanel({ folder, tree, documentCount }: { folder: FolderNode | null; tree: FolderNode[]; documentCount: number }) {
  return (
    <aside className="grid content-start gap-4 p-4" aria-label="Information">
      <h2 className="flex items-center gap-2 text-sm font-medium">
        <Info className="size-4" /> Information
      </h2>
      {!folder ? (
        <p className="text-muted-foreground text-sm">Select a folder to see its details.</p>
      ) : (
        <dl className="grid gap-3 text-sm">
          <div>
            <dt className="text-muted-foreground text-xs">Folder</dt>
            <dd className="font-medium break-words">{folder.name}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground text-xs">Path</dt>
            <dd className="break-words">{pathOf(folder, tree)}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground text-xs">Documents</dt>
            <dd>{documentCount}</dd>
          </div>
          <div className="rounded-md border p-3">
            <dt className="flex items-center justify-between text-xs font-medium">
              Sync Source
              <Button variant="ghost" size="icon" className="size-7" aria-label="Sync Source settings" disabled title="Integrations are not set up yet">
                <Settings2 />
              </Button>
            </dt>
            <dd className="text-muted-foreground text-xs">Not configured. Documents here are uploaded by hand.</dd>
          </div>
        </dl>
      )}
    </aside>
  );
}
