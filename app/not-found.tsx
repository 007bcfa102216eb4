import { SearchX } from "lucide-react";
import { CenteredLayout } from "@/components/shell/centered-layout";
import { StatusPage } from "@/components/shell/status-page";

export const metadata = { title: "Not found" };

/** Any unknown address. */
export default function NotFound() {
  return (
    <CenteredLayout>
      <StatusPage
        icon={SearchX}
        title="This page does not exist"
        cause="The address may be mistyped, or the page may have moved."
        fix="Start again from Ferry's home page."
        back={{ href: "/", label: "Go to Ferry" }}
      />
    </CenteredLayout>
  );
}
