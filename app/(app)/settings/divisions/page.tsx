import Link from "next/link";
import { forbidden } from "next/navigation";
import { CreateDivisionDialog } from "@/components/admin/create-division-dialog";
import { PageHeader } from "@/components/shell/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listAllDivisions, listMyDivisions } from "@/lib/admin/divisions";
import { requireActor } from "@/lib/auth/session";

export const metadata = { title: "Divisions" };

export default async function DivisionsPage() {
  const actor = await requireActor();
  const administered = (await listMyDivisions(actor)).filter((division) => division.role === "admin");
  if (!actor.isAccountAdmin && administered.length === 0) forbidden();
  const divisions = actor.isAccountAdmin
    ? await listAllDivisions(actor)
    : administered.map((division) => ({ ...division, members: null, documents: null }));
  return (
    <>
      <PageHeader
        title="Divisions"
        description="Teams with their own folders, members and integration targets."
        actions={actor.isAccountAdmin ? <CreateDivisionDialog /> : null}
      />
      <div className="p-6">
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Division</TableHead>
                <TableHead className="text-right">Members</TableHead>
                <TableHead className="text-right">Documents</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {divisions.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3} className="text-muted-foreground py-10 text-center">
                    No divisions yet. Create one to give a team its own folders.
                  </TableCell>
                </TableRow>
              )}
              {divisions.map((division) => (
                <TableRow key={division.id}>
                  <TableCell>
                    <Link href={`/settings/divisions/${division.id}`} className="font-medium hover:underline">
                      {division.name}
                    </Link>
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{division.members ?? "—"}</TableCell>
                  <TableCell className="text-right tabular-nums">{division.documents ?? "—"}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </div>
    </>
  );
}
