"use client";

import { MoreHorizontal } from "lucide-react";
import { useState } from "react";
import { resetUserPasswordAction, setUserDisabledAction, updateUserRolesAction } from "@/lib/actions/admin/users";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { TableCell, TableRow } from "@/components/ui/table";
import { useAction } from "@/hooks/use-action";
import { OneTimePassword } from "./one-time-password";

interface UserSummary {
  id: string;
  name: string | null;
  email: string;
  isAccountAdmin: boolean;
  isConnectorAdmin: boolean;
  disabledAt: Date | null;
  mustChangePassword: boolean;
}

export function UserRow({ user, isSelf }: { user: UserSummary; isSelf: boolean }) {
  const { pending, run } = useAction();
  const [password, setPassword] = useState<string>();
  const roles = { userId: user.id, isAccountAdmin: user.isAccountAdmin, isConnectorAdmin: user.isConnectorAdmin };
  return (
    <TableRow>
      <TableCell className="font-medium">{user.name ?? "—"}</TableCell>
      <TableCell>{user.email}</TableCell>
      <TableCell>
        <Checkbox
          aria-label={`${user.email} is an account administrator`}
          checked={user.isAccountAdmin}
          disabled={pending || isSelf}
          onCheckedChange={(checked) => run(() => updateUserRolesAction({ ...roles, isAccountAdmin: checked === true }), { success: "Roles updated" })}
        />
      </TableCell>
      <TableCell>
        <Checkbox
          aria-label={`${user.email} is a connector administrator`}
          checked={user.isConnectorAdmin}
          disabled={pending}
          onCheckedChange={(checked) => run(() => updateUserRolesAction({ ...roles, isConnectorAdmin: checked === true }), { success: "Roles updated" })}
        />
      </TableCell>
      <TableCell>
        {user.disabledAt ? (
          <Badge variant="destructive">Disabled</Badge>
        ) : user.mustChangePassword ? (
          <Badge variant="warning">Invited</Badge>
        ) : (
          <Badge variant="success">Active</Badge>
        )}
      </TableCell>
      <TableCell className="text-right">
        {!isSelf && (
          <DropdownMenu>
            <DropdownMenuTrigger asChild>
              <Button variant="ghost" size="icon" className="size-8" aria-label={`Actions for ${user.email}`}>
                <MoreHorizontal />
              </Button>
            </DropdownMenuTrigger>
            <DropdownMenuContent align="end">
              <DropdownMenuItem onSelect={() => run(() => resetUserPasswordAction({ userId: user.id }), { onSuccess: (data) => setPassword(data.oneTimePassword) })}>
                Issue one-time password
              </DropdownMenuItem>
              <DropdownMenuItem
                variant={user.disabledAt ? "default" : "destructive"}
                onSelect={() =>
                  run(() => setUserDisabledAction({ userId: user.id, disabled: !user.disabledAt }), {
                    success: user.disabledAt ? "User enabled" : "User disabled",
                  })
                }
              >
                {user.disabledAt ? "Enable" : "Disable"}
              </DropdownMenuItem>
            </DropdownMenuContent>
          </DropdownMenu>
        )}
        {password && (
          <Dialog open onOpenChange={() => setPassword(undefined)}>
            <DialogContent>
              <DialogHeader>
                <DialogTitle>New one-time password</DialogTitle>
              </DialogHeader>
              <OneTimePassword email={user.email} password={password} />
            </DialogContent>
          </Dialog>
        )}
      </TableCell>
    </TableRow>
  );
}
