import { ShieldX } from "lucide-react";
import { StatusPage } from "@/components/shell/status-page";

export const metadata = { title: "No access" };

/** Shown (with status 403) when a page belongs to a role the signed-in person does not have. */
export default function NoAccess() {
  return (
    <StatusPage
      icon={ShieldX}
      title="You do not have access to this page"
      cause="It is for account administrators, or for administrators of the division it belongs to."
      fix="If you need it, ask an account administrator of your firm to give you that role."
      back={{ href: "/files", label: "Go to your files" }}
    />
  );
}
