import { Info } from "lucide-react";
import Link from "next/link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";

/** The reference's "iSheets not working → reporting not configured" row, said before anyone hits it. */
export function ReportingNotice({ divisionId, canAdminister, hasTarget }: { divisionId: string; canAdminister: boolean; hasTarget: boolean }) {
  return (
    <Alert>
      <Info />
      <AlertTitle>{hasTarget ? "No report target yet" : "iSheet reporting is not set up for this division"}</AlertTitle>
      <AlertDescription>
        {hasTarget ? (
          <p>
            An iSheet is connected, but no report maps these fields to its columns yet.{" "}
            <Link href={`/insights/reports?division=${divisionId}`} className="underline">
              Create a report target
            </Link>
            .
          </p>
        ) : canAdminister ? (
          <p>
            To push these fields into HighQ, add an integration target in{" "}
            <Link href={`/settings/divisions/${divisionId}/targets`} className="underline">
              Division Settings → Integration Targets
            </Link>{" "}
            (a HighQ integration you have authorised, a site and an iSheet), then create a report target here that maps fields to the iSheet&apos;s columns.
          </p>
        ) : (
          <p>To push these fields into a HighQ iSheet, ask an administrator of this division to add an integration target (Division Settings → Integration Targets) and a report mapping.</p>
        )}
      </AlertDescription>
    </Alert>
  );
}
