"use client";

import { Activity, Building2, FolderSync, PlugZap, Sparkles, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

interface NavItem {
  href: string;
  label: string;
  icon: React.ComponentType<{ className?: string }>;
}

export function AppNav({
  isAccountAdmin,
  administersADivision,
}: {
  isAccountAdmin: boolean;
  administersADivision: boolean;
}) {
  const pathname = usePathname();
  const work: NavItem[] = [
    { href: "/files", label: "Upload & File Management", icon: FolderSync },
    { href: "/insights", label: "Insights", icon: Sparkles },
    { href: "/activity", label: "Activity", icon: Activity },
  ];
  const settings: NavItem[] = [
    { href: "/settings/integrations", label: "Integrations", icon: PlugZap },
    ...(isAccountAdmin || administersADivision ? [{ href: "/settings/divisions", label: "Divisions", icon: Building2 }] : []),
    ...(isAccountAdmin ? [{ href: "/settings/users", label: "Users", icon: Users }] : []),
  ];
  return (
    <nav className="grid gap-6 p-3 text-sm" aria-label="Main">
      <NavGroup items={work} pathname={pathname} />
      <div className="grid gap-1">
        <p className="text-muted-foreground px-3 text-xs font-medium uppercase tracking-wide">Settings</p>
        <NavGroup items={settings} pathname={pathname} />
      </div>
    </nav>
  );
}

function NavGroup({ items, pathname }: { items: NavItem[]; pathname: string }) {
  return (
    <ul className="grid gap-1">
      {items.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "hover:bg-accent flex items-center gap-2 rounded-md px-3 py-2",
                active && "bg-accent text-accent-foreground font-medium",
              )}
            >
              <Icon className="size-4" />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
