"use client";

import { useSyncExternalStore } from "react";
import { formatDateTime, formatExactTime, formatRelativeTime } from "@/lib/format";

// One shared clock for every TimeAgo on the page, ticking every 15 seconds.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: number | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  now = Date.now();
  timer ??= window.setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, 15_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      window.clearInterval(timer);
      timer = undefined;
    }
  };
}

/**
 * A time as people scan lists: relative ("4 minutes ago"), the exact time to the second on hover.
 * The server and hydration render the absolute time, so both sides produce the same HTML.
 */
export function TimeAgo({ value, empty = "—" }: { value: Date | string | null | undefined; empty?: string }) {
  const current = useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
  if (!value) return <>{empty}</>;
  const date = new Date(value);
  return (
    <time dateTime={date.toISOString()} title={formatExactTime(date)}>
      {current === null ? formatDateTime(date) : formatRelativeTime(date, new Date(current))}
    </time>
  );
}
