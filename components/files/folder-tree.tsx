"use client";

import { ChevronRight, Folder, FolderPlus, MoreHorizontal } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import type { FolderNode } from "@/lib/files/folders";
import { cn } from "@/lib/utils";
import { DeleteFolderDialog } from "./delete-folder-dialog";
import { totalDocumentCounts } from "./folder-counts";
import { FolderNameDialog } from "./folder-name-dialog";
import { MoveFolderDialog } from "./move-folder-dialog";

type Dialog = { kind: "create"; parentId: string | null } | { kind: "rename" | "move" | "delete"; folder: FolderNode } | null;

export function FolderTree({ divisionId, folders, selectedId }: { divisionId: string; folders: FolderNode[]; selectedId: string | null }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const router = useRouter();
  const children = useMemo(() => {
    const byParent = new Map<string | null, FolderNode[]>();
    for (const folder of folders) byParent.set(folder.parentId, [...(byParent.get(folder.parentId) ?? []), folder]);
    return byParent;
  }, [folders]);
  const ancestors = useMemo(() => {
    const open = new Set<string>();
    let current = folders.find((folder) => folder.id === selectedId);
    while (current?.parentId) {
      open.add(current.parentId);
      current = folders.find((folder) => folder.id === current?.parentId);
    }
    return open;
  }, [folders, selectedId]);

  const totals = useMemo(() => totalDocumentCounts(folders), [folders]);
  const hrefFor = (id: string) => `/files?division=${divisionId}&folder=${id}`;

  function renderLevel(parentId: string | null, depth: number): React.ReactNode {
    const level = children.get(parentId) ?? [];
    if (level.length === 0) return null;
    return (
      <ul role={depth === 0 ? "tree" : "group"} aria-label={depth === 0 ? "Folders" : undefined} className="grid grid-cols-1 gap-0.5">
        {level.map((folder) => (
          <FolderItem
            key={folder.id}
            folder={folder}
            depth={depth}
            href={hrefFor(folder.id)}
            selected={folder.id === selectedId}
            total={totals.get(folder.id) ?? folder.documentCount}
            initiallyOpen={ancestors.has(folder.id) || folder.id === selectedId}
            hasChildren={(children.get(folder.id) ?? []).length > 0}
            onAction={(kind) => setDialog(kind === "create" ? { kind, parentId: folder.id } : { kind, folder })}
          >
            {renderLevel(folder.id, depth + 1)}
          </FolderItem>
        ))}
      </ul>
    );
  }

  return (
    <nav className="grid min-w-0 grid-cols-1 content-start gap-3 p-3" aria-label="Folder tree">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-medium">Folders</h2>
        <Button size="sm" variant="outline" onClick={() => setDialog({ kind: "create", parentId: null })}>
          <FolderPlus /> New folder
        </Button>
      </div>
      {folders.length === 0 ? <p className="text-muted-foreground text-sm">No folders yet.</p> : renderLevel(null, 0)}

      {dialog?.kind === "create" && (
        <FolderNameDialog
          mode="create"
          divisionId={divisionId}
          parentId={dialog.parentId}
          parentName={folders.find((folder) => folder.id === dialog.parentId)?.name}
          onDone={(folderId) => {
            setDialog(null);
            if (folderId) router.push(hrefFor(folderId));
          }}
        />
      )}
      {dialog?.kind === "rename" && <FolderNameDialog mode="rename" folder={dialog.folder} onDone={() => setDialog(null)} />}
      {dialog?.kind === "move" && <MoveFolderDialog folder={dialog.folder} folders={folders} onDone={() => setDialog(null)} />}
      {dialog?.kind === "delete" && (
        <DeleteFolderDialog
          folder={dialog.folder}
          onDone={(deleted) => {
            setDialog(null);
            if (deleted && dialog.folder.id === selectedId) router.push(`/files?division=${divisionId}`);
          }}
        />
      )}
    </nav>
  );
}

function FolderItem({
  folder,
  depth,
  href,
  selected,
  initiallyOpen,
  hasChildren,
  total,
  onAction,
  children,
}: {
  /** Documents here and in every subfolder. */
  total: number;
  folder: FolderNode;
  depth: number;
  href: string;
  selected: boolean;
  initiallyOpen: boolean;
  hasChildren: boolean;
  onAction: (kind: "create" | "rename" | "move" | "delete") => void;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <li role="treeitem" aria-selected={selected} aria-expanded={hasChildren ? open : undefined}>
      <div
        className={cn("group hover:bg-accent relative flex items-center gap-1 rounded-md pr-1 text-sm", selected && "bg-accent font-medium")}
        style={{ paddingLeft: depth * 14 }}
      >
        <button
          type="button"
          className={cn("text-muted-foreground grid size-6 place-items-center", !hasChildren && "invisible")}
          aria-label={open ? `Collapse ${folder.name}` : `Expand ${folder.name}`}
          onClick={() => setOpen(!open)}
        >
          <ChevronRight className={cn("size-3.5 transition-transform", open && "rotate-90")} />
        </button>
        <Link href={href} className="flex min-w-0 flex-1 items-center gap-2 py-1.5" title={folder.name}>
          <Folder className="text-primary size-4 shrink-0" />
          <span className="truncate">{folder.name}</span>
          {/* The actions button sits over the count, which gives way while the row is pointed at or focused. */}
          {total > 0 && (
            <span
              className="text-muted-foreground ml-auto min-w-6 text-right text-xs group-focus-within:invisible group-hover:invisible"
              title={total === folder.documentCount ? undefined : `${total} with subfolders, ${folder.documentCount} directly here`}
            >
              {total}
            </span>
          )}
        </Link>
        <DropdownMenu>
          <DropdownMenuTrigger asChild>
            <Button
              variant="ghost"
              size="icon"
              className="absolute right-1 size-6 opacity-0 group-focus-within:opacity-100 group-hover:opacity-100 focus-visible:opacity-100 data-[state=open]:opacity-100"
              aria-label={`Actions for ${folder.name}`}
            >
              <MoreHorizontal />
            </Button>
          </DropdownMenuTrigger>
          <DropdownMenuContent align="end">
            <DropdownMenuItem onSelect={() => onAction("create")}>New subfolder</DropdownMenuItem>
            <DropdownMenuItem onSelect={() => onAction("rename")}>Rename</DropdownMenuItem>
            <DropdownMenuItem onSelect={() => onAction("move")}>Move</DropdownMenuItem>
            <DropdownMenuItem variant="destructive" onSelect={() => onAction("delete")}>
              Delete
            </DropdownMenuItem>
          </DropdownMenuContent>
        </DropdownMenu>
      </div>
      {open && children}
    </li>
  );
}
