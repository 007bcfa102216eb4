import { SearchX } from "lucide-react";
import Link from "next/link";
import { StatusPage } from "@/components/shell/status-page";
import { Button } from "@/components/ui/button";

/** A document address that names no document the person can open. */
export default function DocumentNotFound() {
  return (
    <StatusPage
      icon={SearchX}
      title="This document is not available"
      cause="It may have been deleted, the link may be mistyped, or it belongs to a division you are not a member of."
      fix="Find it again in your files."
      actions={
        <Button asChild variant="outline">
          <Link href="/files">Go to your files</Link>
        </Button>
      }
    />
  );
}
