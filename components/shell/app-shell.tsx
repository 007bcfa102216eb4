"use client";

import { Menu, PanelLeftClose, PanelLeftOpen } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Brand } from "@/components/brand";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle } from "@/components/ui/sheet";
import { cn } from "@/lib/utils";
import { AppNav, type NavAccess } from "./app-nav";
import { SIDEBAR_COOKIE } from "./sidebar-cookie";
import { UserMenu } from "./user-menu";

interface ShellProps {
  access: NavAccess;
  user: { name: string; email: string };
  /** Read from a cookie on the server, so the first paint already has the chosen width. */
  initiallyCollapsed: boolean;
  /** Shell-wide controls beside the brand (the notification list). */
  tools?: React.ReactNode;
  children: React.ReactNode;
}

/**
 * The signed-in shell: a sidebar from `xl` up that collapses to icons, and below `xl` a top bar whose
 * menu opens the same navigation in a sheet, so narrow screens give the page its full width.
 */
export function AppShell({ access, user, initiallyCollapsed, tools, children }: ShellProps) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);
  const [menuOpen, setMenuOpen] = useState(false);
  const pathname = usePathname();
  const [menuPath, setMenuPath] = useState(pathname);
  // Following a link in the sheet closes it.
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  function toggle() {
    const next = !collapsed;
    setCollapsed(next);
    document.cookie = `${SIDEBAR_COOKIE}=${next ? "collapsed" : "expanded"}; path=/; max-age=31536000; samesite=lax`;
  }

  return (
    <div className="flex min-h-screen flex-col xl:flex-row">
      <aside
        className={cn("bg-sidebar sticky top-0 hidden h-screen shrink-0 flex-col border-r xl:flex", collapsed ? "w-16" : "w-60")}
        aria-label="Sidebar"
        data-collapsed={collapsed}
      >
        <div className={cn("flex h-14 items-center border-b", collapsed ? "justify-center px-2" : "justify-between gap-2 px-4")}>
          {!collapsed && <Brand />}
          <Button variant="ghost" size="icon" className="size-8" onClick={toggle} aria-label={collapsed ? "Expand sidebar" : "Collapse sidebar"} aria-expanded={!collapsed}>
            {collapsed ? <PanelLeftOpen /> : <PanelLeftClose />}
          </Button>
        </div>
        {tools && <div className={cn("border-b p-2", collapsed && "flex justify-center")}>{tools}</div>}
        <div className="min-h-0 flex-1 overflow-y-auto">
          <AppNav access={access} collapsed={collapsed} />
        </div>
        <div className="border-t p-2">
          <UserMenu name={user.name} email={user.email} compact={collapsed} />
        </div>
      </aside>

      <header className="bg-sidebar sticky top-0 z-40 flex h-14 items-center gap-2 border-b px-3 xl:hidden">
        <Button variant="ghost" size="icon" onClick={() => setMenuOpen(true)} aria-label="Open menu">
          <Menu />
        </Button>
        <Brand />
        <div className="ml-auto flex items-center gap-1">{tools}</div>
      </header>
      <Sheet open={menuOpen} onOpenChange={setMenuOpen}>
        <SheetContent side="left" className="bg-sidebar w-64 p-0">
          <div className="flex h-14 items-center border-b px-4">
            <Brand />
          </div>
          <SheetTitle className="sr-only">Menu</SheetTitle>
          <SheetDescription className="sr-only">Pages of Ferry</SheetDescription>
          <div className="flex-1">
            <AppNav access={access} collapsed={false} />
          </div>
          <div className="border-t p-2">
            <UserMenu name={user.name} email={user.email} compact={false} />
          </div>
        </SheetContent>
      </Sheet>

      <main className="min-w-0 flex-1">{children}</main>
    </div>
  );
}
