"use client";

import { ChevronsUpDown, CircleUser, KeyRound, LogOut } from "lucide-react";
import Link from "next/link";
import { signOutAction } from "@/lib/actions/auth/sign-in";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** The signed-in person's menu; `compact` shows only an icon (collapsed sidebar). */
export function UserMenu({ name, email, compact = false }: { name: string; email: string; compact?: boolean }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        {compact ? (
          <Button variant="ghost" size="icon" className="mx-auto flex" aria-label={`${name} (${email})`} title={email}>
            <CircleUser />
          </Button>
        ) : (
          <Button variant="ghost" className="h-auto w-full justify-between px-2 py-2 text-left">
            <span className="min-w-0">
              <span className="block truncate text-sm font-medium">{name}</span>
              <span className="text-muted-foreground block truncate text-xs">{email}</span>
            </span>
            <ChevronsUpDown className="size-4 opacity-60" />
          </Button>
        )}
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-56">
        <DropdownMenuLabel>{email}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account/password">
            <KeyRound /> Change password
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem
          onSelect={() =>
            void signOutAction().then(() => {
              // A full load, not a client navigation: nothing of the signed-in person's pages stays in the router cache.
              // eslint-disable-next-line @next/next/no-location-assign-relative-destination
              window.location.assign("/sign-in");
            })
          }
        >
          <LogOut /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
