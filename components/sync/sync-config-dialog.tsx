"use client";

import { ChevronRight, Folder, KeyRound, Loader2 } from "lucide-react";
import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { configureSyncAction } from "@/lib/actions/sync/sync-sources";
import { FormError } from "@/components/forms/form-error";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { plural } from "@/lib/plural";
import { formatBytes } from "@/lib/format";
import { apiPath, getJson } from "@/lib/http/get-json";
import type { listRemoteFolders, previewRemoteFolder, RemoteWorkspaceOption, SyncIntegrationOption } from "@/lib/sync/browse";
import { SYNC_INTERVALS } from "@/lib/validation/sync";
import { RestrictedExchanges } from "./restricted-exchanges";
import { authoriseHref, intervalLabel, type FolderSyncView } from "./types";

type RemoteFolderOption = Awaited<ReturnType<typeof listRemoteFolders>>[number];
type Preview = Awaited<ReturnType<typeof previewRemoteFolder>>;

/**
 * Sync Source settings: integration (authorise first if needed) → site or exchange the user can
 * open → remote folder (browsed or typed, validated remotely) → preview → interval → Activate.
 */
export function SyncConfigDialog(props: {
  folderId: string;
  folderName: string;
  current: FolderSyncView | null;
  /** Where the authorise round trip comes back to, for a given integration. */
  returnTo: (integrationId: string) => string;
  /** The integration the person just authorised, when the dialog reopens after that. */
  reopenedFor?: string;
  onClose: () => void;
}) {
  const { folderId, current, returnTo, onClose } = props;
  const [integrations, setIntegrations] = useState<SyncIntegrationOption[]>();
  const [integrationId, setIntegrationId] = useState(current?.integrationId ?? props.reopenedFor ?? "");
  // Remote lists remember what they were loaded for, so a change of choice shows "loading" at once.
  const [loadedWorkspaces, setLoadedWorkspaces] = useState<{ key: string; list: RemoteWorkspaceOption[] }>();
  const [workspaceId, setWorkspaceId] = useState(current?.workspaceId ?? "");
  const [trail, setTrail] = useState<{ id: string; name: string }[]>([]);
  const [loadedFolders, setLoadedFolders] = useState<{ key: string; list: RemoteFolderOption[] }>();
  const [path, setPath] = useState(current?.remoteRootPath ?? "/");
  const [interval, setIntervalMinutes] = useState(String(current?.intervalMinutes ?? 60));
  const [preview, setPreview] = useState<Preview>();
  const [error, setError] = useState<string>();
  const [loading, startLoading] = useTransition();
  const [saving, startSaving] = useTransition();

  const parentId = trail.at(-1)?.id;
  const foldersKey = `${integrationId}/${workspaceId}/${parentId ?? ""}`;
  const workspaces = loadedWorkspaces?.key === integrationId ? loadedWorkspaces.list : undefined;
  const folders = loadedFolders?.key === foldersKey ? loadedFolders.list : undefined;
  const integration = integrations?.find((candidate) => candidate.id === integrationId);
  const authorised = integration?.authorisation === "active";
  const workspace = workspaces?.find((candidate) => candidate.id === workspaceId);
  const service = integration?.provider === "intralinks" ? "exchange" : "site";

  useEffect(() => {
    void getJson<SyncIntegrationOption[]>(apiPath(["folders", folderId, "sync-integrations"])).then((result) =>
      result.ok ? setIntegrations(result.data) : setError(result.error),
    );
  }, [folderId]);

  useEffect(() => {
    if (!integrationId || !authorised) return;
    startLoading(async () => {
      const result = await getJson<RemoteWorkspaceOption[]>(apiPath(["integrations", integrationId, "workspaces"]));
      if (result.ok) setLoadedWorkspaces({ key: integrationId, list: result.data });
      else setError(result.error);
    });
  }, [integrationId, authorised]);

  useEffect(() => {
    if (!integrationId || !workspaceId || !authorised) return;
    startLoading(async () => {
      const result = await getJson<RemoteFolderOption[]>(apiPath(["integrations", integrationId, "remote-folders"], { workspaceId, parentId }));
      if (result.ok) setLoadedFolders({ key: `${integrationId}/${workspaceId}/${parentId ?? ""}`, list: result.data });
      else setError(result.error);
    });
  }, [integrationId, workspaceId, parentId, authorised]);

  function browseTo(next: { id: string; name: string }[]) {
    setTrail(next);
    setPath(`/${next.map((folder) => folder.name).join("/")}`);
    setPreview(undefined);
  }

  function runPreview() {
    setError(undefined);
    startLoading(async () => {
      const result = await getJson<Preview>(apiPath(["integrations", integrationId, "remote-preview"], { workspaceId, path }));
      if (result.ok) {
        setPreview(result.data);
        setPath(result.data.path);
      } else setError(result.error);
    });
  }

  function activate() {
    setError(undefined);
    startSaving(async () => {
      const result = await configureSyncAction({ folderId, integrationId, workspaceId, path, intervalMinutes: interval });
      if (!result.ok) return setError(result.error);
      toast.success(current ? "Sync settings saved; a run has started." : "Sync activated; the first run has started.");
      onClose();
    });
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>Sync Source for “{props.folderName}”</DialogTitle>
          <DialogDescription>
            Documents in the remote folder and its subfolders are copied here and kept up to date. Nothing is ever written back or deleted
            remotely, and documents removed remotely stay here.
          </DialogDescription>
        </DialogHeader>

        <div className="grid gap-4">
          <div className="grid gap-2">
            <Label htmlFor="sync-integration">Integration</Label>
            {!integrations ? (
              !error && <Loader2 className="size-4 animate-spin" aria-label="Loading integrations" />
            ) : integrations.length === 0 ? (
              <p className="text-muted-foreground text-sm">No integration is set up yet. An administrator adds one in Account Settings → Integrations.</p>
            ) : (
              <Select
                value={integrationId}
                onValueChange={(value) => {
                  setIntegrationId(value);
                  setWorkspaceId("");
                  browseTo([]);
                }}
              >
                <SelectTrigger id="sync-integration" aria-label="Integration">
                  <SelectValue placeholder="Choose an integration" />
                </SelectTrigger>
                <SelectContent>
                  {integrations.map((option) => (
                    <SelectItem key={option.id} value={option.id}>
                      {option.name} ({option.provider === "highq" ? "HighQ" : "Intralinks"})
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            )}
            {integration && !authorised && (
              <Alert variant="warning">
                <KeyRound />
                <AlertTitle>{integration.authorisation === "reauth_required" ? "Your authorisation has expired" : "Not authorised yet"}</AlertTitle>
                <AlertDescription>
                  <p>The sync runs as your own {integration.provider === "highq" ? "HighQ" : "Intralinks"} account and sees only what it may see.</p>
                  <Button asChild size="sm" className="mt-2">
                    <Link href={authoriseHref(integration.id, returnTo(integration.id))}>Authorise {integration.name}</Link>
                  </Button>
                </AlertDescription>
              </Alert>
            )}
            {integration && authorised && integration.remoteAccount && (
              <p className="text-muted-foreground text-xs">Runs as {integration.remoteAccount}.</p>
            )}
          </div>

          {authorised && (
            <div className="grid gap-2">
              <Label htmlFor="sync-workspace">{service === "site" ? "HighQ site" : "Intralinks exchange"}</Label>
              {!workspaces ? (
                <Loader2 className="size-4 animate-spin" aria-label={`Loading ${service}s`} />
              ) : (
                <Select
                  value={workspaceId}
                  onValueChange={(value) => {
                    setWorkspaceId(value);
                    browseTo([]);
                  }}
                >
                  <SelectTrigger id="sync-workspace" aria-label={service === "site" ? "Site" : "Exchange"}>
                    <SelectValue placeholder={service === "site" ? "Choose a site" : "Choose an exchange"} />
                  </SelectTrigger>
                  <SelectContent>
                    {workspaces.map((option) => (
                      <SelectItem key={option.id} value={option.id} disabled={option.status !== "available"}>
                        {option.name}
                        {option.status !== "available" && ` — ${option.reason ?? "unavailable"}`}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
              {workspaces && <RestrictedExchanges workspaces={workspaces} />}
            </div>
          )}

          {authorised && workspace && (
            <div className="grid gap-2">
              <Label htmlFor="sync-path">Remote folder</Label>
              <nav aria-label="Remote folder location" className="flex flex-wrap items-center gap-1 text-sm">
                <Button variant="link" size="sm" className="h-auto p-0" onClick={() => browseTo([])}>
                  {workspace.name}
                </Button>
                {trail.map((folder, index) => (
                  <span key={folder.id} className="flex items-center gap-1">
                    <ChevronRight className="size-3" />
                    <Button variant="link" size="sm" className="h-auto p-0" onClick={() => browseTo(trail.slice(0, index + 1))}>
                      {folder.name}
                    </Button>
                  </span>
                ))}
              </nav>
              <ul className="max-h-40 overflow-y-auto rounded-md border text-sm" aria-label="Remote folders">
                {!folders ? (
                  <li className="p-2">
                    <Loader2 className="size-4 animate-spin" aria-label="Loading folders" />
                  </li>
                ) : folders.length === 0 ? (
                  <li className="text-muted-foreground p-2">No subfolders.</li>
                ) : (
                  folders.map((folder) => (
                    <li key={folder.id}>
                      <button type="button" className="hover:bg-accent flex w-full items-center gap-2 px-2 py-1.5 text-left" onClick={() => browseTo([...trail, folder])}>
                        <Folder className="size-4" /> {folder.name}
                      </button>
                    </li>
                  ))
                )}
              </ul>
              <Input
                id="sync-path"
                value={path}
                onChange={(event) => {
                  setPath(event.target.value);
                  setPreview(undefined);
                }}
                placeholder="/Deals/Project X"
              />
              <div className="flex items-center gap-3">
                <Button variant="outline" size="sm" onClick={runPreview} disabled={loading || !path.trim()}>
                  {loading && <Loader2 className="animate-spin" />} Check folder and preview
                </Button>
                {preview && (
                  <p className="text-sm" role="status">
                    {preview.truncated ? "At least " : ""}
                    {plural(preview.documents, "document")}, {formatBytes(preview.bytes)} in {plural(preview.folders, "subfolder")}
                    {preview.notDownloadable > 0 && `; ${preview.notDownloadable} protected or view-only will be skipped`}
                  </p>
                )}
              </div>
            </div>
          )}

          {authorised && workspace && (
            <div className="grid gap-2">
              <Label htmlFor="sync-interval">Sync interval</Label>
              <Select value={interval} onValueChange={setIntervalMinutes}>
                <SelectTrigger id="sync-interval" aria-label="Sync interval">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  {SYNC_INTERVALS.map((minutes) => (
                    <SelectItem key={minutes} value={String(minutes)}>
                      {intervalLabel(minutes)}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </div>
          )}
          <FormError message={error} />
        </div>

        <DialogFooter>
          <Button variant="outline" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={activate} disabled={!authorised || !workspace || !path.trim() || saving}>
            {saving && <Loader2 className="animate-spin" />} {current ? "Save and sync" : "Activate Sync"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
