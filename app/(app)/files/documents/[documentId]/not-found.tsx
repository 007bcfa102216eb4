import { SearchX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";

/** A document address that names no document the person can open. */
export default function DocumentNotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="This document is not available"
      cause="It may have been deleted, the link may be mistyped, or it belongs to a division you are not a member of."
      fix="Find it again in your files."
      back={{ href: "/files", label: "Go to your files" }}
    />
  );
}
