import { SearchX } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

/** Insights of a document that does not exist or is out of reach. */
export default function DocumentInsightsNotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="These insights are not available"
      cause="The document may have been deleted, the link may be mistyped, or it belongs to a division you are not a member of."
      fix="Find the document again in Insights."
      actions={
        <Button asChild variant="outline">
          <Link href="/insights">Go to Insights</Link>
        </Button>
      }
    />
  );
}
