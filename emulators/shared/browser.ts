/**
 * Drives an emulator's authorize page with plain HTTP, the way a user's browser would: used by the
 * conformance tests and available to the app's end-to-end tests.
 */
export interface SignInStep {
  status: number;
  html: string;
  location?: string;
}

const field = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1];

async function post(url: string, fields: Record<string, string>): Promise<SignInStep> {
  const res = await fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields) });
  return { status: res.status, html: await res.text(), location: res.headers.get("location") ?? undefined };
}

export interface SignInOptions {
  email: string;
  password: string;
  otp?: string;
  decision?: "allow" | "deny";
}

/**
 * Opens the authorize URL, signs in, answers the two-factor step if asked, and allows (or denies).
 * Returns the step where the flow stopped: a redirect (location) or a page with an error.
 */
export async function signInThroughAuthorizePage(authorizeUrl: string, o: SignInOptions): Promise<SignInStep> {
  const first = await fetch(authorizeUrl, { redirect: "manual" });
  let step: SignInStep = { status: first.status, html: await first.text(), location: first.headers.get("location") ?? undefined };
  const action = new URL(new URL(authorizeUrl).pathname, authorizeUrl).toString();
  for (let i = 0; i < 4 && step.status < 300; i++) {
    const pending = field(step.html, "pending");
    const stage = field(step.html, "step");
    if (!pending || !stage) return step;
    if (stage === "sign-in") step = await post(action, { pending, step: stage, email: o.email, password: o.password });
    else if (stage === "two-factor") step = await post(action, { pending, step: stage, otp: o.otp ?? "" });
    else step = await post(action, { pending, step: stage, decision: o.decision ?? "allow" });
    if (step.status === 401) return step;
  }
  return step;
}
