"use client";

import { CheckCircle2, CircleAlert, CircleDashed, Loader2, PlugZap, Trash2, Unplug } from "lucide-react";
import { useState, useTransition } from "react";
import {
  authoriseIntegrationAction,
  deleteIntegrationAction,
  disconnectIntegrationAction,
  testConnectionAction,
} from "@/lib/actions/integrations/integrations";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { RestrictedExchanges } from "@/components/sync/restricted-exchanges";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { useAction } from "@/hooks/use-action";
import type { RemoteUser, RemoteWorkspace } from "@/lib/connectors/types";
import { formatDateTime } from "@/lib/format";
import type { ProblemDescription } from "@/lib/integrations/flow-errors";
import type { IntegrationView } from "@/lib/integrations/integrations";
import { cn } from "@/lib/utils";
import { ConfirmButton } from "@/components/forms/confirm-button";
import { IntegrationFormDialog } from "./integration-form-dialog";
import { ProblemAlert } from "./problem-alert";

const PROVIDER = { highq: "HighQ", intralinks: "Intralinks" } as const;

export function IntegrationCard({
  integration,
  highlighted,
  returnTo,
  intralinksDefaultHost,
  problem,
}: {
  /** `admin` is there for those who manage integrations; everyone else sees only their own authorisation. */
  integration: IntegrationView;
  /** The caller's last failed authorisation attempt, kept until one succeeds. */
  problem: (ProblemDescription & { occurredAt?: Date }) | null;
  highlighted: boolean;
  returnTo?: string;
  intralinksDefaultHost: string;
}) {
  const { pending, run } = useAction();
  const [authorising, startAuthorising] = useTransition();
  const [testing, startTesting] = useTransition();
  const [test, setTest] = useState<{ user: RemoteUser; workspaces: RemoteWorkspace[] } | { error: string }>();
  const [failure, setFailure] = useState<string>();
  const { mine, admin } = integration;
  const workspaceWord = integration.provider === "highq" ? "sites" : "exchanges";

  function authorise() {
    startAuthorising(async () => {
      // A refusal caught before leaving Ferry comes back through `problem` (the page is revalidated).
      const result = await authoriseIntegrationAction({ integrationId: integration.id, returnTo });
      setFailure(result && !result.ok ? result.error : undefined);
    });
  }

  return (
    <Card className={cn(highlighted && "ring-primary ring-2")} aria-label={integration.name} role="region">
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle className="flex items-center gap-2">
            <PlugZap className="size-4" /> {integration.name}
            <Badge variant="outline">{PROVIDER[integration.provider]}</Badge>
          </CardTitle>
          <p className="text-muted-foreground text-sm">
            {integration.host} · Sync{integration.authVersion ? ` · Auth API ${integration.authVersion}` : ""}
          </p>
        </div>
        {admin && (
          <div className="flex gap-2">
            <IntegrationFormDialog mode="edit" integration={integration} intralinksDefaultHost={intralinksDefaultHost} />
            <ConfirmButton
              variant="outline"
              size="sm"
              disabled={pending}
              title={`Delete ${integration.name}?`}
              confirmLabel="Delete integration"
              onConfirm={() => run(() => deleteIntegrationAction({ integrationId: integration.id }), { success: `Deleted ${integration.name}` })}
              description={
                <>
                  <p>Everyone&apos;s authorisation of it is removed.</p>
                  {admin.syncs.length > 0 ? (
                    <>
                      <p>These syncs use it and will stop. Every document they synced stays in Ferry:</p>
                      <ul className="list-disc pl-5">
                        {admin.syncs.map((sync) => (
                          <li key={sync}>{sync}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    <p>No sync uses it.</p>
                  )}
                </>
              }
            >
              <Trash2 /> Delete
            </ConfirmButton>
          </div>
        )}
      </CardHeader>
      <CardContent className="grid gap-4">
        {admin && (
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-muted-foreground text-xs">{integration.provider === "highq" ? "Client ID" : "API Key"}</dt>
              <dd className="truncate font-mono text-xs">{admin.clientId}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground text-xs">{integration.provider === "highq" ? "Client Secret" : "API Secret"}</dt>
              <dd className="text-xs" data-testid="secret-set">
                Set {formatDateTime(admin.secretSetAt)}
                {admin.secretSetBy ? ` by ${admin.secretSetBy}` : ""}
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground text-xs">Used by</dt>
              <dd>
                <span title={admin.syncs.join("\n")}>
                  {admin.syncs.length} sync{admin.syncs.length === 1 ? "" : "s"}
                </span>{" "}
                · {admin.authorisedUsers} authorised user
                {admin.authorisedUsers === 1 ? "" : "s"}
              </dd>
            </div>
            <div>
              <dt className="text-muted-foreground text-xs">Created by</dt>
              <dd className="truncate">{admin.createdBy ?? "—"}</dd>
            </div>
          </dl>
        )}

        <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border p-3" data-testid="my-authorisation">
          <p className="flex items-center gap-2 text-sm">
            {mine.status === "active" && (
              <>
                <CheckCircle2 className="text-success size-4" />
                <span>
                  Authorised as <strong>{mine.remoteName ?? mine.remoteEmail}</strong>
                  {mine.remoteEmail && mine.remoteName ? ` (${mine.remoteEmail})` : ""}.{" "}
                  <span className="text-muted-foreground" title={`Current access token valid until ${formatDateTime(mine.expiresAt)}`}>
                    Ferry renews access by itself until you disconnect.
                  </span>
                </span>
              </>
            )}
            {mine.status === "reauth_required" && (
              <>
                <CircleAlert className="text-destructive size-4" />
                <span>
                  <strong>Reauthentication required.</strong> {mine.statusReason ?? "The remote no longer accepts Ferry's tokens."} Syncs that run as you are paused.
                </span>
              </>
            )}
            {mine.status === "not_authorised" && (
              <>
                <CircleDashed className="text-muted-foreground size-4" />
                <span>You have not authorised this integration with your {PROVIDER[integration.provider]} account.</span>
              </>
            )}
          </p>
          <div className="flex gap-2">
            {mine.status !== "not_authorised" && (
              <>
                <Button
                  variant="outline"
                  size="sm"
                  disabled={testing || mine.status !== "active"}
                  onClick={() =>
                    startTesting(async () => {
                      const result = await testConnectionAction({ integrationId: integration.id });
                      setTest(result.ok ? result.data : { error: result.error });
                    })
                  }
                >
                  {testing && <Loader2 className="animate-spin" />} Test connection
                </Button>
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() => run(() => disconnectIntegrationAction({ integrationId: integration.id }), { success: "Disconnected", onSuccess: () => setTest(undefined) })}
                >
                  <Unplug /> Disconnect
                </Button>
              </>
            )}
            <Button size="sm" variant={mine.status === "active" ? "outline" : "default"} disabled={authorising} onClick={authorise}>
              {authorising && <Loader2 className="animate-spin" />}
              {mine.status === "not_authorised" ? "Authorise" : "Re-authorise"}
            </Button>
          </div>
        </div>

        {problem && <ProblemAlert problem={problem} occurredAt={problem.occurredAt} />}
        {failure && (
          <p className="text-destructive text-sm" role="alert">
            {failure}
          </p>
        )}
        {test && "error" in test && <p className="text-destructive text-sm" role="alert">{test.error}</p>}
        {test && "user" in test && (
          <div className="grid gap-2 text-sm" data-testid="test-result">
            <p>
              Connected as <strong>{test.user.name}</strong> ({test.user.email}). {test.workspaces.length} {workspaceWord} accessible:
            </p>
            <ul className="grid gap-1 sm:grid-cols-2" aria-label={`Accessible ${workspaceWord}`}>
              {test.workspaces.map((workspace) => (
                <li key={workspace.id} className="flex items-center justify-between gap-2 rounded border px-2 py-1">
                  <span className="truncate">{workspace.name}</span>
                  {workspace.status !== "available" && (
                    <Badge variant={workspace.status === "restricted" ? "destructive" : "warning"} title={workspace.reason}>
                      {workspace.status.replace("_", " ")}
                    </Badge>
                  )}
                </li>
              ))}
            </ul>
            <RestrictedExchanges workspaces={test.workspaces} />
          </div>
        )}
      </CardContent>
    </Card>
  );
}
