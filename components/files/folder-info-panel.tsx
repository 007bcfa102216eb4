import { Info } from "lucide-react";
import { SyncSourceSection } from "@/components/sync/sync-source-section";
import type { FolderSyncView } from "@/components/sync/types";
import type { FolderNode } from "@/lib/files/folders";
import { plural } from "@/lib/plural";
import { totalDocumentCounts } from "./folder-counts";

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
export function FolderInfoPanel({
  folder,
  tree,
  sync,
}: {
  folder: FolderNode | null;
  tree: FolderNode[];
  sync: FolderSyncView | null;
}) {
  const total = folder ? (totalDocumentCounts(tree).get(folder.id) ?? 0) : 0;
  return (
    <div className="grid content-start gap-4 p-4">
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
            <dd data-testid="folder-document-count">
              {plural(total, "document")}
              {total !== folder.documentCount && <span className="text-muted-foreground"> · {folder.documentCount} directly in this folder</span>}
            </dd>
          </div>
        </dl>
      )}
      {folder && <SyncSourceSection key={folder.id} folderId={folder.id} folderName={folder.name} sync={sync} />}
    </div>
  );
}
