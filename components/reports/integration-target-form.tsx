"use client";

import Link from "next/link";
import { useEffect, useState, useTransition } from "react";
import { createIntegrationTargetAction, updateIntegrationTargetAction } from "@/lib/actions/reports/integration-targets";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { apiPath, getJson } from "@/lib/http/get-json";

export interface HighqIntegrationChoice {
  id: string;
  name: string;
  status: "not_authorised" | "active" | "reauth_required";
  remoteEmail: string | null;
}

interface Option {
  id: string;
  name: string;
}

const sitesPath = (divisionId: string, integrationId: string) => apiPath(["divisions", divisionId, "integrations", integrationId, "sites"]);
const sheetsPath = (divisionId: string, integrationId: string, siteId: string) => apiPath(["divisions", divisionId, "integrations", integrationId, "sheets"], { siteId });

interface Initial {
  targetId: string;
  name: string;
  integrationId: string;
  siteId: string;
  siteName: string;
  sheetId: string;
  sheetName: string;
}

/**
 * Add or edit an iSheet target: integration (only ones the administrator authorised can be used),
 * then a site and an iSheet read live from HighQ as that administrator.
 */
export function IntegrationTargetForm({
  divisionId,
  integrations,
  initial,
  onDone,
}: {
  divisionId: string;
  integrations: HighqIntegrationChoice[];
  initial?: Initial;
  onDone: () => void;
}) {
  const [name, setName] = useState(initial?.name ?? "");
  const [integrationId, setIntegrationId] = useState(initial?.integrationId ?? "");
  const [sites, setSites] = useState<Option[] | null>(initial ? [{ id: initial.siteId, name: initial.siteName }] : null);
  const [siteId, setSiteId] = useState(initial?.siteId ?? "");
  const [sheets, setSheets] = useState<Option[] | null>(initial ? [{ id: initial.sheetId, name: initial.sheetName }] : null);
  const [sheetId, setSheetId] = useState(initial?.sheetId ?? "");
  const [error, setError] = useState<string>();
  const [loading, setLoading] = useState<"sites" | "sheets" | null>(null);
  const [pending, startTransition] = useTransition();
  const integration = integrations.find((candidate) => candidate.id === integrationId);
  const usable = integration?.status === "active";

  async function loadSites(id: string) {
    setSites(null);
    setSheets(null);
    setSiteId("");
    setSheetId("");
    setError(undefined);
    if (integrations.find((candidate) => candidate.id === id)?.status !== "active") return;
    setLoading("sites");
    const result = await getJson<Option[]>(sitesPath(divisionId, id));
    setLoading(null);
    if (!result.ok) return setError(result.error);
    setSites(result.data);
  }

  async function loadSheets(site: string) {
    setSheets(null);
    setSheetId("");
    setError(undefined);
    setLoading("sheets");
    const result = await getJson<Option[]>(sheetsPath(divisionId, integrationId, site));
    setLoading(null);
    if (!result.ok) return setError(result.error);
    setSheets(result.data);
    if (result.data.length === 0) setError("This site has no iSheets your account can see.");
  }

  // Editing: refresh the live lists in the background so the administrator can re-point the target.
  useEffect(() => {
    if (!initial || !usable) return;
    void getJson<Option[]>(sitesPath(divisionId, initial.integrationId)).then((result) => result.ok && setSites(result.data));
    void getJson<Option[]>(sheetsPath(divisionId, initial.integrationId, initial.siteId)).then((result) => result.ok && setSheets(result.data));
  }, [divisionId, initial, usable]);

  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        startTransition(async () => {
          const input = { divisionId, name, integrationId, siteId, sheetId };
          const result = initial ? await updateIntegrationTargetAction({ ...input, targetId: initial.targetId }) : await createIntegrationTargetAction(input);
          if (!result.ok) return setError(result.error);
          onDone();
        });
      }}
    >
      <Field label="Name" name="name" required value={name} onChange={(event) => setName(event.target.value)} placeholder="e.g. Contract register" />
      <div className="grid gap-2">
        <Label htmlFor="target-integration">HighQ integration</Label>
        <Select
          value={integrationId}
          onValueChange={(id) => {
            setIntegrationId(id);
            void loadSites(id);
          }}
        >
          <SelectTrigger id="target-integration" className="w-full" aria-label="HighQ integration">
            <SelectValue placeholder="Choose an integration" />
          </SelectTrigger>
          <SelectContent>
            {integrations.map((option) => (
              // Only integrations the person has authorised can be chosen: the target calls HighQ as them.
              <SelectItem key={option.id} value={option.id} disabled={option.status !== "active"}>
                {option.name}
                {option.status === "active" ? ` (as ${option.remoteEmail ?? "you"})` : option.status === "reauth_required" ? " — authorise again first" : " — authorise it first"}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        {integrations.length === 0 && <p className="text-muted-foreground text-xs">No HighQ integration exists yet. An account administrator creates one in Settings → Integrations.</p>}
        {integrations.some((option) => option.status !== "active") && !(integration && !usable) && (
          <p className="text-muted-foreground text-xs">
            Integrations you have not authorised cannot be chosen. Authorise them with your own HighQ account in{" "}
            <Link href="/settings/integrations" className="underline">
              Settings → Integrations
            </Link>
            .
          </p>
        )}
        {integration && !usable && (
          <p className="text-xs">
            The target will call HighQ as you, so authorise this integration with your own HighQ account first:{" "}
            <Link href="/settings/integrations" className="underline">
              Settings → Integrations
            </Link>
            .
          </p>
        )}
      </div>
      <div className="grid gap-2">
        <Label htmlFor="target-site">Site</Label>
        <Select
          value={siteId}
          disabled={!sites}
          onValueChange={(id) => {
            setSiteId(id);
            void loadSheets(id);
          }}
        >
          <SelectTrigger id="target-site" className="w-full" aria-label="Site">
            <SelectValue placeholder={loading === "sites" ? "Reading your HighQ sites…" : "Choose a site"} />
          </SelectTrigger>
          <SelectContent>
            {(sites ?? []).map((site) => (
              <SelectItem key={site.id} value={site.id}>
                {site.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="grid gap-2">
        <Label htmlFor="target-sheet">iSheet</Label>
        <Select value={sheetId} disabled={!sheets} onValueChange={setSheetId}>
          <SelectTrigger id="target-sheet" className="w-full" aria-label="iSheet">
            <SelectValue placeholder={loading === "sheets" ? "Reading the site's iSheets…" : "Choose an iSheet"} />
          </SelectTrigger>
          <SelectContent>
            {(sheets ?? []).map((sheet) => (
              <SelectItem key={sheet.id} value={sheet.id}>
                {sheet.name}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <FormError message={error} />
      <div className="flex justify-end gap-2">
        <Button type="button" variant="outline" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" disabled={pending || !name || !integrationId || !siteId || !sheetId}>
          {initial ? "Save target" : "Add target"}
        </Button>
      </div>
    </form>
  );
}
