"use client";

import { Download, FileText, MoreHorizontal, Trash2 } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { deleteDocumentAction } from "@/lib/actions/files/folders";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { Pagination, SearchBox, SortHeader, useHrefWith } from "@/components/shell/list-controls";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useAction } from "@/hooks/use-action";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { TimeAgo } from "@/components/time-ago";
import { formatBytes } from "@/lib/format";

interface Row {
  id: string;
  name: string;
  size: number;
  source: "upload" | "highq" | "intralinks";
  remotePath: string | null;
  removedAtSourceAt: Date | null;
  versionCount: number;
  updatedAt: Date;
}

interface Listing {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
}

const SOURCE_LABEL = { upload: "Uploaded", highq: "HighQ", intralinks: "Intralinks" } as const;

export function DocumentTable({ listing, query }: { listing: Listing; query: string }) {
  const { run } = useAction();
  const [deleting, setDeleting] = useState<Row | null>(null);
  const pages = Math.max(1, Math.ceil(listing.total / listing.pageSize));

  const hrefWith = useHrefWith();

  return (
    <div className="grid min-w-0 gap-3">
      <div className="flex items-center justify-between gap-3">
        <SearchBox hrefWith={hrefWith} placeholder="Search by name" defaultValue={query} label="Search documents by name" />
        <p className="text-muted-foreground text-sm">
          {listing.total} document{listing.total === 1 ? "" : "s"}
        </p>
      </div>
      <div className="min-w-0 rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="name" label="Name" className="w-full" />
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="size" label="Size" className="text-right" />
              <TableHead>Source</TableHead>
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="updated" label="Updated" className="hidden 2xl:table-cell" />
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {listing.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={5} className="text-muted-foreground py-10 text-center">
                  {query ? "No documents match that search." : "No documents in this folder yet."}
                </TableCell>
              </TableRow>
            )}
            {listing.rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell className="max-w-0">
                  <Link href={`/files/documents/${row.id}`} className="flex items-center gap-2 font-medium hover:underline">
                    <FileText className="text-muted-foreground size-4 shrink-0" />
                    <span className="truncate">{row.name}</span>
                    {row.versionCount > 1 && <Badge variant="secondary">v{row.versionCount}</Badge>}
                  </Link>
                  {row.remotePath && <p className="text-muted-foreground truncate pl-6 text-xs">{row.remotePath}</p>}
                </TableCell>
                <TableCell className="text-right tabular-nums">{formatBytes(row.size)}</TableCell>
                <TableCell className="whitespace-normal">
                  <div className="flex flex-wrap gap-1">
                    <Badge variant="outline">{SOURCE_LABEL[row.source]}</Badge>
                    {row.removedAtSourceAt && <Badge variant="warning">Removed at source</Badge>}
                  </div>
                </TableCell>
                <TableCell className="text-muted-foreground hidden text-xs 2xl:table-cell">
                  <TimeAgo value={row.updatedAt} />
                </TableCell>
                <TableCell>
                  <DropdownMenu>
                    <DropdownMenuTrigger asChild>
                      <Button variant="ghost" size="icon" className="size-8" aria-label={`Actions for ${row.name}`}>
                        <MoreHorizontal />
                      </Button>
                    </DropdownMenuTrigger>
                    <DropdownMenuContent align="end">
                      <DropdownMenuItem asChild>
                        <a href={`/api/documents/${row.id}/download`} download>
                          <Download /> Download
                        </a>
                      </DropdownMenuItem>
                      <DropdownMenuItem
                        variant="destructive"
                        onSelect={() => setDeleting(row)}
                      >
                        <Trash2 /> Delete
                      </DropdownMenuItem>
                    </DropdownMenuContent>
                  </DropdownMenu>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Dialog open={!!deleting} onOpenChange={(open) => !open && setDeleting(null)}>
        <DialogContent>
          <DialogHeader>
            <DialogTitle>Delete {deleting?.name}?</DialogTitle>
            <DialogDescription>
              {deleting?.versionCount === 1 ? "Its only version is" : `All ${deleting?.versionCount} versions are`} deleted from Ferry. Nothing is deleted at the source.
            </DialogDescription>
          </DialogHeader>
          <DialogFooter>
            <Button variant="outline" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button
              variant="destructive"
              onClick={() => {
                const row = deleting;
                setDeleting(null);
                if (row) run(() => deleteDocumentAction({ documentId: row.id }), { success: `Deleted ${row.name}` });
              }}
            >
              Delete document
            </Button>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <Pagination page={listing.page} pages={pages} hrefWith={hrefWith} />
    </div>
  );
}
