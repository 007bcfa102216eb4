import { AlertCircle } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import type { ProblemDescription } from "@/lib/integrations/flow-errors";

/** A catalogue error as a person reads it: what happened and what to do. */
export function ProblemAlert({ problem, integrationName }: { problem: ProblemDescription; integrationName?: string }) {
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
      </AlertDescription>
    </Alert>
  );
}
