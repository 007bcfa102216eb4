"use client";

import { Copy } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

/** Shown once: Ferry stores only its hash. */
export function OneTimePassword({ email, password }: { email: string; password: string }) {
  return (
    <div className="bg-muted grid gap-2 rounded-md p-3 text-sm">
      <p>
        Give <strong>{email}</strong> this one-time password. They choose their own at first sign-in. It is not shown again.
      </p>
      <div className="flex items-center gap-2">
        <code className="bg-background rounded border px-2 py-1 font-mono" data-testid="one-time-password">
          {password}
        </code>
        <Button
          size="sm"
          variant="outline"
          onClick={() => navigator.clipboard.writeText(password).then(() => toast.success("Copied"))}
        >
          <Copy /> Copy
        </Button>
      </div>
    </div>
  );
}
