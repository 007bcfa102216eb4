import { FolderOpen } from "lucide-react";
import Link from "next/link";
import { DivisionSwitcher } from "@/components/shell/division-switcher";
import { DocumentTable } from "@/components/files/document-table";
import { FolderInfoPanel } from "@/components/files/folder-info-panel";
import { FolderTree } from "@/components/files/folder-tree";
import { UploadZone } from "@/components/files/upload-zone";
import { PageHeader } from "@/components/shell/page-header";
import { SidePanel, SidePanelProvider, SidePanelTrigger } from "@/components/shell/side-panel";
import { Button } from "@/components/ui/button";
import { listMyDivisions } from "@/lib/admin/divisions";
import { requireActor } from "@/lib/auth/session";
import { maxUploadBytes } from "@/lib/env";
import { listDocuments } from "@/lib/files/documents";
import { listFolderTree } from "@/lib/files/folders";
import { getFolderSync } from "@/lib/sync/sources";
import { listDocumentsSchema } from "@/lib/validation/files";
import { filesSearchSchema, parseSearch, type PageSearchParams } from "@/lib/validation/pages";

export const metadata = { title: "Upload & File Management" };

export default async function FilesPage({ searchParams }: { searchParams: PageSearchParams }) {
  const actor = await requireActor();
  const search = parseSearch(filesSearchSchema, await searchParams);
  const divisions = await listMyDivisions(actor);
  if (divisions.length === 0) {
    return (
      <>
        <PageHeader title="Upload & File Management" />
        <div className="text-muted-foreground grid place-items-center gap-3 p-16 text-center">
          <FolderOpen className="size-10" />
          <p>You are not a member of any division yet. Ask an account administrator to add you to one.</p>
          {actor.isAccountAdmin && (
            <Button asChild variant="outline">
              <Link href="/settings/divisions">Manage divisions</Link>
            </Button>
          )}
        </div>
      </>
    );
  }
  const division = divisions.find((candidate) => candidate.id === search.division) ?? divisions[0];
  const tree = await listFolderTree(actor, division.id);
  const folder = tree.find((node) => node.id === search.folder) ?? null;
  const [listing, sync] = folder
    ? await Promise.all([listDocuments(actor, listDocumentsSchema.parse({ folderId: folder.id, sort: search.sort, page: search.page, search: search.q })), getFolderSync(actor, folder.id)])
    : [null, null];

  return (
    <>
      <PageHeader
        title="Upload & File Management"
        description="Folders and documents of your division. Drop files on a folder to upload them."
        actions={<DivisionSwitcher divisions={divisions} current={division.id} />}
      />
      <SidePanelProvider openWhen={["syncSettings"]}>
        <div className="grid grid-cols-1 md:grid-cols-[240px_minmax(0,1fr)] xl:grid-cols-[260px_minmax(0,1fr)_300px]">
          <FolderTree divisionId={division.id} folders={tree} selectedId={folder?.id ?? null} />
          <section className="min-w-0 border-l p-6 xl:border-r" aria-label="Documents">
            {folder && listing ? (
              <div className="grid min-w-0 gap-4">
                <div className="flex items-start gap-3">
                  <div className="min-w-0 flex-1">
                    <UploadZone folderId={folder.id} folderName={folder.name} maxUploadBytes={maxUploadBytes()} />
                  </div>
                  <SidePanelTrigger label="Information" />
                </div>
                <DocumentTable listing={listing} query={search.q ?? ""} />
              </div>
            ) : (
              <div className="text-muted-foreground grid place-items-center gap-2 py-24 text-center">
                <FolderOpen className="size-10" />
                <p>{tree.length === 0 ? "Create a folder to start uploading documents." : "Select a folder to see its documents."}</p>
              </div>
            )}
          </section>
          <SidePanel title="Information">
            <FolderInfoPanel folder={folder} tree={tree} sync={sync} />
          </SidePanel>
        </div>
      </SidePanelProvider>
    </>
  );
}
