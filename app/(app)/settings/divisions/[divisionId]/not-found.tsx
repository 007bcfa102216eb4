import { SearchX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";

/** A division address that names no division, or targets of a division one does not administer. */
export default function DivisionNotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="This division page is not available"
      cause="The division may have been deleted or the link mistyped; its integration targets open only for the division's administrators."
      fix="Choose it again from the divisions list."
      back={{ href: "/settings/divisions", label: "Go to divisions" }}
    />
  );
}
