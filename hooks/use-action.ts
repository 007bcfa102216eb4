"use client";

import { useTransition } from "react";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/actions/safe-action";

/** Runs a server action from an event handler; failures become a toast, success an optional one. */
export function useAction() {
  const [pending, startTransition] = useTransition();
  function run<T>(action: () => Promise<ActionResult<T>>, options: { success?: string; onSuccess?: (data: T) => void } = {}) {
    startTransition(async () => {
      const result = await action();
      if (!result.ok) {
        toast.error(result.error);
        return;
      }
      if (options.success) toast.success(options.success);
      options.onSuccess?.(result.data);
    });
  }
  return { pending, run };
}
