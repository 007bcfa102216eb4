import { SearchX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";

/** Insights of a document that does not exist or is out of reach. */
export default function DocumentInsightsNotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="These insights are not available"
      cause="The document may have been deleted, the link may be mistyped, or it belongs to a division you are not a member of."
      fix="Find the document again in Insights."
      back={{ href: "/insights", label: "Go to Insights" }}
    />
  );
}
