"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False on the server and while React hydrates the page, true once it has: event handlers are attached. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
