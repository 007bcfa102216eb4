import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppShell } from "@/components/shell/app-shell";
import { NotificationMenu } from "@/components/shell/notification-menu";
import { SIDEBAR_COOKIE } from "@/components/shell/sidebar-cookie";
import { requireActor } from "@/lib/auth/session";
import { listMyNotifications } from "@/lib/notifications/inbox";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (actor.mustChangePassword) redirect("/account/password");
  const [cookieStore, notifications] = await Promise.all([cookies(), listMyNotifications(actor)]);
  const collapsed = cookieStore.get(SIDEBAR_COOKIE)?.value === "collapsed";
  return (
    <AppShell
      access={{ isAccountAdmin: actor.isAccountAdmin, administersADivision: Object.values(actor.divisions).includes("admin") }}
      user={{ name: actor.name ?? actor.email, email: actor.email }}
      initiallyCollapsed={collapsed}
      tools={<NotificationMenu initial={notifications} />}
    >
      {children}
    </AppShell>
  );
}
