"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

/** While a run is active, re-reads the page every two seconds so counts and the progress bar move. */
export function RunPoller({ active }: { active: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [active, router]);
  return null;
}
