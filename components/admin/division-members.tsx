"use client";

import { useState } from "react";
import { removeMembershipAction, setMembershipAction } from "@/lib/actions/admin/divisions";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useAction } from "@/hooks/use-action";

type Role = "admin" | "member";
const ROLE_LABEL: Record<Role, string> = { admin: "Division administrator", member: "Member" };

export function DivisionMembers({
  divisionId,
  members,
  candidates,
  selfId,
}: {
  divisionId: string;
  members: { userId: string; name: string | null; email: string; role: Role }[];
  candidates: { id: string; email: string; name: string | null }[];
  selfId: string;
}) {
  const { pending, run } = useAction();
  const [userId, setUserId] = useState("");
  const [role, setRole] = useState<Role>("member");
  return (
    <Card>
      <CardHeader>
        <CardTitle>Members</CardTitle>
        <CardDescription>Members work with the division&apos;s folders; division administrators also manage members and integration targets.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <div className="flex flex-wrap items-end gap-3">
          <div className="grid min-w-64 flex-1 gap-2">
            <Label htmlFor="member-user">Add a person</Label>
            <Select value={userId} onValueChange={setUserId}>
              <SelectTrigger id="member-user">
                <SelectValue placeholder={candidates.length ? "Choose a user" : "Everyone is already a member"} />
              </SelectTrigger>
              <SelectContent>
                {candidates.map((user) => (
                  <SelectItem key={user.id} value={user.id}>
                    {user.name ? `${user.name} (${user.email})` : user.email}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </div>
          <div className="grid w-52 gap-2">
            <Label htmlFor="member-role">Role</Label>
            <Select value={role} onValueChange={(value) => setRole(value as Role)}>
              <SelectTrigger id="member-role">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="member">{ROLE_LABEL.member}</SelectItem>
                <SelectItem value="admin">{ROLE_LABEL.admin}</SelectItem>
              </SelectContent>
            </Select>
          </div>
          <Button
            disabled={!userId || pending}
            onClick={() => run(() => setMembershipAction({ divisionId, userId, role }), { success: "Member added", onSuccess: () => setUserId("") })}
          >
            Add member
          </Button>
        </div>
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Person</TableHead>
                <TableHead>Role</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {members.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3} className="text-muted-foreground py-8 text-center">
                    No members yet.
                  </TableCell>
                </TableRow>
              )}
              {members.map((member) => (
                <TableRow key={member.userId}>
                  <TableCell>
                    <span className="font-medium">{member.name ?? member.email}</span>
                    {member.name && <span className="text-muted-foreground block text-xs">{member.email}</span>}
                  </TableCell>
                  <TableCell className="w-56">
                    <Select
                      value={member.role}
                      disabled={pending}
                      onValueChange={(value) => run(() => setMembershipAction({ divisionId, userId: member.userId, role: value as Role }), { success: "Role updated" })}
                    >
                      <SelectTrigger aria-label={`Role of ${member.email}`}>
                        <SelectValue />
                      </SelectTrigger>
                      <SelectContent>
                        <SelectItem value="member">{ROLE_LABEL.member}</SelectItem>
                        <SelectItem value="admin">{ROLE_LABEL.admin}</SelectItem>
                      </SelectContent>
                    </Select>
                  </TableCell>
                  <TableCell className="text-right">
                    <Button
                      variant="ghost"
                      size="sm"
                      disabled={pending || member.userId === selfId}
                      onClick={() => run(() => removeMembershipAction({ divisionId, userId: member.userId }), { success: "Member removed" })}
                    >
                      Remove
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </CardContent>
    </Card>
  );
}
