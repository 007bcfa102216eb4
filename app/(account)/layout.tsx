import { CenteredLayout } from "@/components/shell/centered-layout";
import { requireActor } from "@/lib/auth/session";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  await requireActor();
  return <CenteredLayout>{children}</CenteredLayout>;
}
