"use client";

import { useSyncExternalStore } from "react";

/** Tailwind's `xl` breakpoint: from here the shell shows its side panels inline instead of as sheets. */
const WIDE = "(min-width: 80rem)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * Whether the viewport is at least `xl`. The server (and hydration) assume a wide screen; CSS already
 * hides the inline panel on narrow screens, so the switch after hydration causes no flash.
 */
export function useWideScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(WIDE).matches,
    () => true,
  );
}
