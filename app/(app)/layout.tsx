import { redirect } from "next/navigation";
import { AppNav } from "@/components/shell/app-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { Brand } from "@/components/brand";
import { requireActor } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (actor.mustChangePassword) redirect("/account/password");
  const administersADivision = Object.values(actor.divisions).includes("admin");
  return (
    <div className="flex min-h-screen">
      <aside className="bg-sidebar hidden w-60 shrink-0 flex-col border-r md:flex">
        <div className="flex h-14 items-center border-b px-4">
          <Brand />
        </div>
        <AppNav
          isAccountAdmin={actor.isAccountAdmin}
          administersADivision={administersADivision}
        />
        <div className="mt-auto border-t p-3">
          <UserMenu name={actor.name ?? actor.email} email={actor.email} />
        </div>
      </aside>
      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}
