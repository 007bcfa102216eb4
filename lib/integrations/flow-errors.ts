import { ERROR_CATALOGUE, RemoteError, type RemoteErrorCode, type RemoteProvider } from "@/lib/connectors";

export interface ProblemDescription {
  code: string;
  title: string;
  message: string;
  resolution: string;
}

/** Failures of the authorisation round trip that are Ferry's own rather than the remote's. */
const FLOW_PROBLEMS = {
  STATE_MISMATCH: {
    title: "The authorisation could not be verified",
    message: "The answer from the remote service did not match an authorisation started from this browser (it expired, was already used, or was forged).",
    resolution: "Start the authorisation again from the Integrations page, and finish it within ten minutes.",
  },
  ACCOUNT_IN_USE: {
    title: "That remote account is already connected to someone else",
    message: "Another Ferry user has already authorised this integration with the same remote account.",
    resolution: "Sign in to the remote service with your own account, or ask the other user to disconnect.",
  },
  SIGNED_OUT: {
    title: "Your Ferry session ended during the authorisation",
    message: "Ferry only links a remote account to a signed-in Ferry user.",
    resolution: "Sign in to Ferry again, then authorise the integration.",
  },
  INSTANCE_NOT_FOUND: {
    title: "No HighQ instance at this Host",
    message: "The HighQ server answered, but there is no authorisation page at the instance path of the integration's Host.",
    resolution:
      "Edit the integration and check the Host: it is the hostname followed by the instance, exactly as in your HighQ address (e.g. company.highq.com/company).",
  },
} satisfies Record<string, Omit<ProblemDescription, "code">>;

export type FlowProblemCode = keyof typeof FLOW_PROBLEMS;

export const FLOW_PROBLEM_CODES = Object.keys(FLOW_PROBLEMS) as FlowProblemCode[];

/**
 * Catalogue wording that names both providers' fields, rewritten for the one at hand, with the real
 * callback URL in place of the placeholder.
 */
function forProvider(code: string, provider: RemoteProvider | undefined, callbackUrl: string): Partial<ProblemDescription> {
  if (code === "INVALID_CREDENTIALS" && provider) {
    const fields = provider === "highq" ? "Client ID / Client Secret" : "API Key / API Secret";
    return { message: `${provider === "highq" ? "HighQ" : "Intralinks"} rejected the integration's ${fields}.` };
  }
  if (code === "CALLBACK_MISMATCH") {
    const register = `Register exactly ${callbackUrl} as the redirect URL.`;
    if (provider === "highq") return { resolution: `${register} In HighQ (System admin → API application registration) you can also leave the Redirect URL empty.` };
    if (provider === "intralinks") return { resolution: `${register} Make sure this callback URL was included in the API key request to Intralinks.` };
    return { resolution: `${register} HighQ: System admin → API application registration. Intralinks: the API key request.` };
  }
  return {};
}

/** The title, message and resolution shown for an authorisation problem code. */
export function describeProblem(code: string, provider?: RemoteProvider, callbackUrl = "/auth/callback"): ProblemDescription {
  if (code in ERROR_CATALOGUE) {
    const error = new RemoteError(code as RemoteErrorCode, { details: { provider } });
    return { code, title: error.title, message: error.message, resolution: error.resolution, ...forProvider(code, provider, callbackUrl) };
  }
  const flow = Object.hasOwn(FLOW_PROBLEMS, code) ? FLOW_PROBLEMS[code as FlowProblemCode] : undefined;
  return flow ? { code, ...flow } : describeProblem("REMOTE_ERROR", provider, callbackUrl);
}

/**
 * The problem code for a failure caught before sending someone to the remote sign-in. A HighQ
 * authorisation page that does not exist means the instance path of the Host is wrong.
 */
export function problemCodeFor(error: RemoteError, provider: RemoteProvider): string {
  // checkAuthorizationUrl reads a missing authorize page (404) as a wrong address; for HighQ that is the instance path.
  if (error.code === "HOST_UNREACHABLE" && provider === "highq" && error.status === 404) return "INSTANCE_NOT_FOUND";
  return error.code;
}
