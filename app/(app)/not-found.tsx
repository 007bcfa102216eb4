import { SearchX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";

/** A link to something that no longer exists, inside the signed-in shell. */
export default function NotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="This page does not exist"
      cause="The link may be old: the document, folder or report it pointed to may have been deleted or moved."
      fix="Find it again from your files or insights."
      back={{ href: "/files", label: "Go to your files" }}
    />
  );
}
