import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { SIDEBAR_COOKIE } from "@/components/shell/sidebar-cookie";
import { requireActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (actor.mustChangePassword) redirect("/account/password");
  const collapsed = (await cookies()).get(SIDEBAR_COOKIE)?.value === "collapsed";
  return (
    <AppShell
      access={{ isAccountAdmin: actor.isAccountAdmin, administersADivision: Object.values(actor.divisions).includes("admin") }}
      user={{ name: actor.name ?? actor.email, email: actor.email }}
      initiallyCollapsed={collapsed}
    >
      {children}
    </AppShell>
  );
}
