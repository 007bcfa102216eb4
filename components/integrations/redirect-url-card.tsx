"use client";

import { Copy } from "lucide-react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";

export function RedirectUrlCard({ url }: { url: string }) {
  return (
    <div className="bg-muted/40 flex flex-wrap items-center justify-between gap-3 rounded-lg border px-4 py-3 text-sm">
      <div className="grid gap-1">
        <span className="font-medium">Redirect URL to register in HighQ and Intralinks</span>
        <code className="font-mono text-xs" data-testid="redirect-url">
          {url}
        </code>
      </div>
      <Button variant="outline" size="sm" onClick={() => navigator.clipboard.writeText(url).then(() => toast.success("Redirect URL copied"))}>
        <Copy /> Copy
      </Button>
    </div>
  );
}
