"use client";

import { Activity, Building2, FolderSync, LayoutDashboard, PlugZap, Sparkles, Users } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";

interface NavItem {
  href: string;
  label: string;
  icon: React.ComponentType<{ className?: string }>;
}

/** What the signed-in person may open; pages check again on the server. */
export interface NavAccess {
  isAccountAdmin: boolean;
  administersADivision: boolean;
}

export function AppNav({ access, collapsed }: { access: NavAccess; collapsed: boolean }) {
  const pathname = usePathname();
  const work: NavItem[] = [
    { href: "/files", label: "Upload & File Management", icon: FolderSync },
    { href: "/insights", label: "Insights", icon: Sparkles },
    { href: "/sync", label: "Sync overview", icon: LayoutDashboard },
    { href: "/activity", label: "Activity", icon: Activity },
  ];
  const settings: NavItem[] = [
    { href: "/settings/integrations", label: "Integrations", icon: PlugZap },
    ...(access.isAccountAdmin || access.administersADivision ? [{ href: "/settings/divisions", label: "Divisions", icon: Building2 }] : []),
    ...(access.isAccountAdmin ? [{ href: "/settings/users", label: "Users", icon: Users }] : []),
  ];
  return (
    <nav className={cn("grid gap-6 text-sm", collapsed ? "p-2" : "p-3")} aria-label="Main">
      <NavGroup items={work} pathname={pathname} collapsed={collapsed} />
      <div className="grid gap-1">
        {collapsed ? <hr /> : <p className="text-muted-foreground px-3 text-xs font-medium tracking-wide uppercase">Settings</p>}
        <NavGroup items={settings} pathname={pathname} collapsed={collapsed} />
      </div>
    </nav>
  );
}

function NavGroup({ items, pathname, collapsed }: { items: NavItem[]; pathname: string; collapsed: boolean }) {
  return (
    <ul className="grid gap-1">
      {items.map(({ href, label, icon: Icon }) => {
        const active = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              aria-label={collapsed ? label : undefined}
              title={collapsed ? label : undefined}
              className={cn(
                "hover:bg-accent flex items-center gap-2 rounded-md py-2",
                collapsed ? "justify-center px-2" : "px-3",
                active && "bg-accent text-accent-foreground font-medium",
              )}
            >
              <Icon className="size-4 shrink-0" />
              {!collapsed && label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
