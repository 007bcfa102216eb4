"use client";

import { usePathname, useRouter } from "next/navigation";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

/** Switches division on the current page (files, insights, reports), dropping filters that belonged to the old one. */
export function DivisionSwitcher({ divisions, current }: { divisions: { id: string; name: string }[]; current: string }) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor="division-switcher" className="text-muted-foreground">
        Division
      </Label>
      <Select value={current} onValueChange={(id) => router.push(`${pathname}?division=${id}`)}>
        <SelectTrigger id="division-switcher" className="w-56" aria-label="Division">
          {/* The label is given, not looked up from the (closed) list, so the server renders it too. */}
          <SelectValue>{divisions.find((division) => division.id === current)?.name}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {divisions.map((division) => (
            <SelectItem key={division.id} value={division.id}>
              {division.name}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
