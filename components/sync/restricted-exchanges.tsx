import { ShieldAlert } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { Gatekeeper } from "@/lib/connectors/errors";

/** Exchanges an Access Gatekeeper blocks, each with whom to ask (sync dialog and Test connection). */
export function RestrictedExchanges({ workspaces }: { workspaces: { id: string; name: string; gatekeepers?: Gatekeeper[] }[] }) {
  const restricted = workspaces.filter((workspace) => (workspace.gatekeepers?.length ?? 0) > 0);
  if (restricted.length === 0) return null;
  return (
    <Alert data-testid="restricted-exchanges">
      <ShieldAlert />
      <AlertTitle>Some exchanges are restricted</AlertTitle>
      <AlertDescription>
        <ul className="list-disc pl-4">
          {restricted.map((workspace) => (
            <li key={workspace.id}>
              {workspace.name}: ask {workspace.gatekeepers!.map((person) => `${person.name} <${person.email}>`).join(", ")} for access.
            </li>
          ))}
        </ul>
      </AlertDescription>
    </Alert>
  );
}
