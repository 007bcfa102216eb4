import { AlertCircle } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { TimeAgo } from "@/components/time-ago";
import type { ProblemDescription } from "@/lib/integrations/flow-errors";

/** A catalogue error as a person reads it: what happened, why, and what to do. Stays until fixed. */
export function ProblemAlert({ problem, integrationName, occurredAt }: { problem: ProblemDescription; integrationName?: string; occurredAt?: Date }) {
  return (
    <Alert variant="destructive" data-error-code={problem.code}>
      <AlertCircle />
      <AlertTitle>
        {problem.title}
        {integrationName ? ` — ${integrationName}` : ""}
      </AlertTitle>
      <AlertDescription>
        <p>{problem.message}</p>
        <p className="text-foreground">
          <strong>What to do:</strong> {problem.resolution}
        </p>
        {occurredAt && (
          <p className="text-muted-foreground text-xs">
            Last attempt <TimeAgo value={occurredAt} />
          </p>
        )}
      </AlertDescription>
    </Alert>
  );
}
