"use client";

import { Bell, CheckCheck } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { markAllNotificationsReadAction, markNotificationReadAction } from "@/lib/actions/notifications/inbox";
import { TimeAgo } from "@/components/time-ago";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { getJson } from "@/lib/http/get-json";
import { cn } from "@/lib/utils";

/** Dates are Dates from the server render and ISO strings from /api/notifications. */
export interface NotificationList {
  items: { id: string; kind: string; title: string; body: string; href: string; readAt: Date | string | null; createdAt: Date | string }[];
  unread: number;
}

/** The bell in the shell: sync alerts for this person, newest first, unread marked until opened. */
export function NotificationMenu({ initial }: { initial: NotificationList }) {
  const [list, setList] = useState(initial);
  // A fresh server render (after navigating, or after marking read) brings the newest list.
  const [rendered, setRendered] = useState(initial);
  if (rendered !== initial) {
    setRendered(initial);
    setList(initial);
  }
  const [, startTransition] = useTransition();
  const router = useRouter();

  const reload = () =>
    startTransition(async () => {
      const result = await getJson<NotificationList>("/api/notifications");
      if (result.ok) setList(result.data);
    });

  return (
    <DropdownMenu onOpenChange={(open) => open && reload()}>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="relative" aria-label={list.unread ? `Notifications, ${list.unread} unread` : "Notifications"}>
          <Bell />
          {list.unread > 0 && (
            <span className="bg-destructive text-destructive-foreground absolute -top-0.5 -right-0.5 grid h-4 min-w-4 place-items-center rounded-full px-1 text-[10px] font-medium" aria-hidden>
              {list.unread > 9 ? "9+" : list.unread}
            </span>
          )}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-80">
        <div className="flex items-center justify-between gap-2 pr-1">
          <DropdownMenuLabel>Notifications</DropdownMenuLabel>
          {list.unread > 0 && (
            <Button
              variant="ghost"
              size="sm"
              onClick={() =>
                startTransition(async () => {
                  await markAllNotificationsReadAction({});
                  const result = await getJson<NotificationList>("/api/notifications");
                  if (result.ok) setList(result.data);
                })
              }
            >
              <CheckCheck /> Mark all read
            </Button>
          )}
        </div>
        <DropdownMenuSeparator />
        {list.items.length === 0 ? (
          <p className="text-muted-foreground px-2 py-6 text-center text-sm">Nothing yet. Problems with your syncs show up here.</p>
        ) : (
          <div className="max-h-96 overflow-y-auto" role="list" aria-label="Notifications">
            {list.items.map((item) => (
              <DropdownMenuItem
                key={item.id}
                role="listitem"
                data-unread={item.readAt === null}
                className="grid items-start gap-0.5"
                onSelect={() =>
                  startTransition(async () => {
                    if (!item.readAt) {
                      setList((current) => ({
                        unread: Math.max(0, current.unread - 1),
                        items: current.items.map((other) => (other.id === item.id ? { ...other, readAt: new Date() } : other)),
                      }));
                      await markNotificationReadAction({ notificationId: item.id, read: true });
                    }
                    router.push(item.href);
                  })
                }
              >
                <span className={cn("flex items-start gap-2 text-sm", item.readAt === null && "font-medium")}>
                  {item.readAt === null && <span className="bg-primary mt-1.5 size-2 shrink-0 rounded-full" aria-label="Unread" />}
                  {item.title}
                </span>
                <span className="text-muted-foreground line-clamp-2 text-xs whitespace-normal">{item.body}</span>
                <span className="text-muted-foreground text-xs">
                  <TimeAgo value={item.createdAt} />
                </span>
              </DropdownMenuItem>
            ))}
          </div>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
