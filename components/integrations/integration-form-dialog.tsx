"use client";

import { Pencil, Plus } from "lucide-react";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { authoriseIntegrationAction, createIntegrationAction, updateIntegrationAction } from "@/lib/actions/integrations/integrations";
import { Field } from "@/components/forms/field";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import type { ProblemDescription } from "@/lib/integrations/flow-errors";
import type { IntegrationView } from "@/lib/integrations/integrations";
import { ProblemAlert } from "./problem-alert";

type Provider = "highq" | "intralinks";

type Props =
  | { mode: "create"; intralinksDefaultHost: string }
  | { mode: "edit"; integration: IntegrationView; intralinksDefaultHost: string };

export function IntegrationFormDialog(props: Props) {
  const editing = props.mode === "edit" ? props.integration : undefined;
  const [open, setOpen] = useState(false);
  const [provider, setProvider] = useState<Provider>(editing?.provider ?? "highq");
  const [authVersion, setAuthVersion] = useState<"v2" | "v3">(editing?.authVersion ?? "v3");
  const [problem, setProblem] = useState<{ error: string; fieldErrors?: Record<string, string[]> }>();
  // Set once "Save & authorise" created the integration but the remote refused it: further saves edit
  // that integration instead of creating a second one, and the problem stays beside the fields to fix.
  const [createdId, setCreatedId] = useState<string>();
  const [authorisationProblem, setAuthorisationProblem] = useState<ProblemDescription>();
  const [pending, startTransition] = useTransition();
  const labels = provider === "highq" ? { id: "Client ID", secret: "Client Secret" } : { id: "API Key", secret: "API Secret" };

  function submit(formData: FormData, thenAuthorise: boolean) {
    const input = {
      provider,
      name: String(formData.get("name") ?? ""),
      type: "sync" as const,
      host: String(formData.get("host") ?? ""),
      clientId: String(formData.get("clientId") ?? ""),
      clientSecret: String(formData.get("clientSecret") ?? ""),
      ...(provider === "intralinks" ? { authVersion } : {}),
    };
    const existingId = editing?.id ?? createdId;
    startTransition(async () => {
      const result = existingId ? await updateIntegrationAction({ ...input, integrationId: existingId }) : await createIntegrationAction(input);
      if (!result.ok) return setProblem({ error: result.error, fieldErrors: result.fieldErrors });
      setProblem(undefined);
      const stored = result.data.host;
      toast.success(existingId ? `Saved. Host stored as ${stored}` : `Integration created. Host stored as ${stored}`);
      let integrationId = existingId;
      if (!integrationId && "integrationId" in result.data) integrationId = String(result.data.integrationId);
      if (thenAuthorise && integrationId) {
        setCreatedId(integrationId);
        const started = await authoriseIntegrationAction({ integrationId });
        if (!started.ok) return setProblem({ error: started.error });
        if (started.data.problem) return setAuthorisationProblem(started.data.problem);
      }
      setOpen(false);
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) return;
        setCreatedId(undefined);
        setAuthorisationProblem(undefined);
        setProblem(undefined);
      }}
    >
      <DialogTrigger asChild>
        {editing ? (
          <Button variant="outline" size="sm">
            <Pencil /> Edit
          </Button>
        ) : (
          <Button>
            <Plus /> Create integration
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{editing ? `Edit ${editing.name}` : "Create integration"}</DialogTitle>
          <DialogDescription>
            {provider === "highq"
              ? "Register an API application in HighQ (System admin → API application registration) first, then copy its Client ID and Client Secret here."
              : "Use the API Key and API Secret Intralinks issued for Ferry."}
          </DialogDescription>
        </DialogHeader>
        {/* onSubmit, not a form action: an action resets the fields, and a failed save must keep them (the secret included, which never left this browser). */}
        <form
          className="grid gap-4"
          onSubmit={(event) => {
            event.preventDefault();
            const formData = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
            submit(formData, formData.get("intent") === "authorise");
          }}
        >
          {!editing && (
            <div className="grid gap-2">
              <Label htmlFor="integration-provider">Provider</Label>
              <Select value={provider} onValueChange={(value) => setProvider(value as Provider)}>
                <SelectTrigger id="integration-provider">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="highq">HighQ</SelectItem>
                  <SelectItem value="intralinks">Intralinks</SelectItem>
                </SelectContent>
              </Select>
            </div>
          )}
          <Field label="Name" name="name" required defaultValue={editing?.name} placeholder={provider === "highq" ? "HighQ Production" : "Intralinks Production"} errors={problem?.fieldErrors?.name} />
          {provider === "highq" ? (
            <Field
              label="Host"
              name="host"
              required
              defaultValue={editing?.host}
              placeholder="company.highq.com/company"
              errors={problem?.fieldErrors?.host}
              hint="The hostname, or hostname/instance. A pasted https:// address is trimmed to that."
            />
          ) : (
            <Field
              label="API host"
              name="host"
              required
              defaultValue={editing?.host ?? props.intralinksDefaultHost}
              errors={problem?.fieldErrors?.host}
              hint="Intralinks production unless Intralinks gave you another address."
            />
          )}
          <div className="grid gap-2">
            <Label htmlFor="integration-type">Type</Label>
            <Select value="sync" disabled>
              <SelectTrigger id="integration-type">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="sync">Sync</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <Field label={labels.id} name="clientId" required defaultValue={editing?.admin?.clientId} autoComplete="off" errors={problem?.fieldErrors?.clientId} />
          <Field
            label={labels.secret}
            name="clientSecret"
            type="password"
            required={!editing}
            autoComplete="new-password"
            placeholder={editing ? "Stored — leave empty to keep" : undefined}
            errors={problem?.fieldErrors?.clientSecret}
            hint={editing ? "Type a new secret only to replace the stored one. Changing it asks everyone to authorise again." : "Stored encrypted; never shown again."}
          />
          {provider === "intralinks" && (
            <div className="grid gap-2">
              <Label htmlFor="integration-auth-version">Auth API version</Label>
              <Select value={authVersion} onValueChange={(value) => setAuthVersion(value as "v2" | "v3")}>
                <SelectTrigger id="integration-auth-version">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value="v3">API v3 (new credentials)</SelectItem>
                  <SelectItem value="v2">API v2 (credentials issued before v3)</SelectItem>
                </SelectContent>
              </Select>
              <p className="text-muted-foreground text-xs">Keys issued after February 2024 need v3.</p>
            </div>
          )}
          <FormError message={problem?.error} />
          {authorisationProblem && (
            <div className="grid gap-2">
              <ProblemAlert problem={authorisationProblem} />
              <p className="text-muted-foreground text-xs">The integration is saved. Correct the fields above and choose Save &amp; authorise again.</p>
            </div>
          )}
          <DialogFooter>
            <Button type="submit" variant="outline" name="intent" value="save" disabled={pending}>
              Save
            </Button>
            {!editing && (
              <Button type="submit" name="intent" value="authorise" disabled={pending}>
                Save &amp; authorise
              </Button>
            )}
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
