import { ERROR_CATALOGUE, RemoteError, type RemoteErrorCode, type RemoteProvider } from "@/lib/connectors";

export interface ProblemDescription {
  code: string;
  title: string;
  message: string;
  resolution: string;
}

/** Failures of the authorisation round trip that are Ferry's own rather than the remote's. */
const FLOW_PROBLEMS: Record<string, Omit<ProblemDescription, "code">> = {
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
};

/** The title, message and resolution shown for an error code arriving in the page URL. */
export function describeProblem(code: string, provider?: RemoteProvider): ProblemDescription {
  if (code in ERROR_CATALOGUE) {
    const error = new RemoteError(code as RemoteErrorCode, { details: { provider } });
    return { code, title: error.title, message: error.message, resolution: error.resolution };
  }
  const flow = FLOW_PROBLEMS[code];
  return flow ? { code, ...flow } : describeProblem("REMOTE_ERROR", provider);
}
