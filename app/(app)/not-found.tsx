import { SearchX } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

/** A link to something that no longer exists, inside the signed-in shell. */
export default function NotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="This page does not exist"
      cause="The link may be old: the document, folder or report it pointed to may have been deleted or moved."
      fix="Find it again from your files or insights."
      actions={
        <Button asChild variant="outline">
          <Link href="/files">Go to your files</Link>
        </Button>
      }
    />
  );
}
