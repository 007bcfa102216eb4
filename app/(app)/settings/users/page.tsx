import { CreateUserDialog } from "@/components/admin/create-user-dialog";
import { UserRow } from "@/components/admin/user-row";
import { PageHeader } from "@/components/shell/page-header";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listUsers } from "@/lib/admin/users";
import { requireActor } from "@/lib/auth/session";
import { forbidden } from "next/navigation";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const actor = await requireActor();
  if (!actor.isAccountAdmin) forbidden();
  const users = await listUsers(actor);
  return (
    <>
      <PageHeader title="Users" description="People who can sign in to Ferry, and their account-wide roles." actions={<CreateUserDialog />} />
      <div className="p-6">
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Account administrator</TableHead>
                <TableHead>Connector administrator</TableHead>
                <TableHead>Status</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.map((user) => (
                <UserRow key={user.id} user={user} isSelf={user.id === actor.id} />
              ))}
            </TableBody>
          </Table>
        </div>
      </div>
    </>
  );
}
