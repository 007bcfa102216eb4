import { ShieldX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";
import { parseSearch, refusedSearchSchema, type PageSearchParams } from "@/lib/validation/pages";

export const metadata = { title: "Authorisation refused" };

const REASONS = {
  untrusted: {
    cause: "The authorisation was started on a Ferry deployment this one does not forward to, so its sign-in code was not passed on.",
    fix: "Start the authorisation again from your usual Ferry address. To authorise from a preview deployment, an administrator adds its address to FERRY_PREVIEW_ORIGINS on this deployment.",
  },
  tampered: {
    cause: "The answer from the remote sign-in page did not carry Ferry's signature intact, so nothing was passed on.",
    fix: "Start the authorisation again from the Integrations page. If this keeps happening, check that this deployment and its previews share FERRY_REDIRECT_PROXY_SECRET.",
  },
} as const;

/** Where the OAuth callback sends a flow it will not forward (lib/integrations/oauth-flow.ts). */
export default async function AuthorisationRefusedPage({ searchParams }: { searchParams: PageSearchParams }) {
  const { reason } = parseSearch(refusedSearchSchema, await searchParams);
  const { cause, fix } = REASONS[reason];
  return (
    <StatusPage
      icon={ShieldX}
      title="This authorisation was refused"
      cause={cause}
      fix={fix}
      back={{ href: "/settings/integrations", label: "Go to Integrations" }}
    />
  );
}
