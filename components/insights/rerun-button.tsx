"use client";

import { RefreshCw } from "lucide-react";
import { useRouter } from "next/navigation";
import { rerunExtractionAction } from "@/lib/actions/insights/extraction";
import { Button } from "@/components/ui/button";
import { useAction } from "@/hooks/use-action";

/** Division administrators only (the action checks): extraction again for one document, the failed ones, or all. */
export function RerunExtractionButton({ divisionId, documentId, onlyProblems = false, label }: { divisionId: string; documentId?: string; onlyProblems?: boolean; label: string }) {
  const router = useRouter();
  const { run, pending } = useAction();
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={() =>
        run(() => rerunExtractionAction({ divisionId, documentId, onlyProblems }), {
          onSuccess: () => router.refresh(),
          success: "Extraction queued; results appear here as documents finish.",
        })
      }
    >
      <RefreshCw /> {label}
    </Button>
  );
}
