import { SearchX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";

/** A report target or run that does not exist or is out of reach. */
export default function ReportNotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="This report is not available"
      cause="The report target or run may have been deleted, the link may be mistyped, or it belongs to a division you are not a member of."
      fix="Choose it again from the report targets."
      back={{ href: "/insights/reports", label: "Go to report targets" }}
    />
  );
}
