import type { Page, TestInfo } from "@playwright/test";

/**
 * What a person would see as broken on the current page, measured from element bounds:
 * the page scrolling sideways, anything past the viewport's edge, text spilling out of or cut by its
 * box (ellipsis is fine only on boxes wide enough to show a name's start), table columns hidden behind
 * a horizontal scroll, and inputs too narrow for their placeholder.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  // Sheets and dialogs slide in: measure where things come to rest.
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
  return page.evaluate(() => {
    const problems: string[] = [];
    const viewport = document.documentElement.clientWidth;
    const describe = (element: Element) => {
      const text = (element.getAttribute("aria-label") ?? element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
      return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}> "${text}"`;
    };
    const visible = (element: Element) => {
      const rect = element.getBoundingClientRect();
      if (rect.width <= 1 || rect.height <= 1) return false; // sr-only and collapsed elements
      const style = getComputedStyle(element);
      return style.visibility !== "hidden" && style.display !== "none" && element.closest("[aria-hidden=true], .sr-only") === null;
    };

    if (document.documentElement.scrollWidth > viewport + 1) {
      problems.push(`the page scrolls sideways: ${document.documentElement.scrollWidth}px content in a ${viewport}px window`);
    }
    const canvas = document.createElement("canvas").getContext("2d")!;
    const reported = new Set<Element>();
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      if (!visible(element) || element.closest("svg") || element.tagName === "svg") continue;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (style.position !== "fixed" && (rect.right > viewport + 1 || rect.left < -1)) {
        reported.add(element);
        problems.push(`${describe(element)} reaches past the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${viewport})`);
        continue;
      }
      // A box sticking out of the box it sits in (a grid column too narrow for it, say) overlaps its neighbours.
      const parent = element.parentElement;
      if (parent && reported.has(parent)) {
        reported.add(element); // already reported through its container
        continue;
      }
      if (parent && parent !== document.body && style.position !== "absolute") {
        const outer = parent.getBoundingClientRect();
        const parentStyle = getComputedStyle(parent);
        if (parentStyle.overflowX === "visible" && (rect.right > outer.right + 1 || rect.left < outer.left - 1)) {
          reported.add(element);
          problems.push(`${describe(element)} sticks out of its container (${Math.round(rect.left)}–${Math.round(rect.right)} in ${Math.round(outer.left)}–${Math.round(outer.right)})`);
          continue;
        }
      }
      const scrolls = style.overflowX === "auto" || style.overflowX === "scroll";
      if (element.getAttribute("data-slot") === "table-container" && element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${describe(element.querySelector("thead") ?? element)}: table columns are cut off (${element.scrollWidth}px in ${element.clientWidth}px)`);
        continue;
      }
      if (element instanceof HTMLInputElement && ["text", "search", "email", "password", "url"].includes(element.type)) {
        const text = element.value || element.placeholder;
        canvas.font = style.font;
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (text && canvas.measureText(text).width > room + 1) problems.push(`${describe(element)}: "${text}" does not fit the ${Math.round(room)}px box`);
        continue;
      }
      if (scrolls || element.scrollWidth <= element.clientWidth + 1) continue;
      // Only boxes that hold text of their own: a wrapper that merely contains an overflowing child is reported through the child.
      const ownText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim());
      if (!ownText) continue;
      if (style.textOverflow === "ellipsis") {
        if (element.clientWidth < 96) problems.push(`${describe(element)} is cut to ${element.clientWidth}px`);
      } else {
        problems.push(`${describe(element)}: text spills out (${element.scrollWidth}px in ${element.clientWidth}px)`);
      }
    }
    return problems;
  });
}

/** Console errors and React hydration warnings, collected from the moment this is called. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (message.type() === "error" || /hydrat|did not match/i.test(text)) messages.push(`${message.type()}: ${text}`);
  });
  page.on("pageerror", (error) => messages.push(`page error: ${error.message}`));
  return messages;
}

/** A full-page screenshot kept with the test's results (and attached to its report). */
export async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  // Written into the test's output folder (.data/e2e-results/…/<name>.png), so it stays after the run.
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: "image/png" });
}
