import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// Each test starts from an empty document (Testing Library cleans up by itself only with globals).
afterEach(() => cleanup());

// jsdom lacks the pointer-capture, scrolling and resize APIs the Radix primitives (Select, Dialog) call.
Element.prototype.hasPointerCapture ??= () => false;
Element.prototype.releasePointerCapture ??= () => {};
Element.prototype.scrollIntoView ??= () => {};
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
