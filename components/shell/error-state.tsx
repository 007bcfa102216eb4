"use client";

import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { StatusPage } from "./status-page";

/** An unexpected failure while rendering a page: nothing technical is shown, only a reference. */
export function ErrorState({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage
      icon={TriangleAlert}
      title="This page could not be shown"
      cause="Something went wrong on Ferry's side. Nothing you did caused it, and nothing was changed."
      fix={
        <>
          Try again. If it keeps happening, tell your administrator
          {error.digest ? (
            <>
              {" "}
              the reference <code className="font-mono">{error.digest}</code>
            </>
          ) : null}
          .
        </>
      }
      actions={<Button onClick={reset}>Try again</Button>}
    />
  );
}
