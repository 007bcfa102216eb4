import { test as base, expect } from "@playwright/test";

/**
 * Every spec imports `test` from here: a page that breaks Ferry's Content-Security-Policy fails the
 * test that opened it. Violations are collected in the page (a `securitypolicyviolation` listener
 * installed before any of Ferry's scripts) and from Chromium's console reports of blocked content.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      await page.exposeBinding("__ferryCspViolation", (_source, report: string) => void violations.push(report));
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          const report = `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`;
          (window as unknown as { __ferryCspViolation: (report: string) => void }).__ferryCspViolation(report);
        });
      });
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      await use(violations);
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect, type Page } from "@playwright/test";
