import { PageHeader } from "@/components/shell/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listActivity } from "@/lib/audit";
import { requireActor } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format";

export const metadata = { title: "Activity" };

export default async function ActivityPage() {
  const actor = await requireActor();
  const entries = await listActivity(actor, { limit: 200 });
  return (
    <>
      <PageHeader
        title="Activity"
        description={
          actor.isAccountAdmin
            ? "Changes in your divisions, plus account and division administration everywhere (other divisions' content stays with their members), newest first."
            : "Changes in your divisions, newest first."
        }
      />
      <div className="p-6">
        <div className="rounded-lg border">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>When</TableHead>
                <TableHead>Who</TableHead>
                <TableHead className="w-full">What</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {entries.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3} className="text-muted-foreground py-10 text-center">
                    Nothing has happened yet.
                  </TableCell>
                </TableRow>
              )}
              {entries.map((entry) => (
                <TableRow key={entry.id}>
                  <TableCell className="text-muted-foreground text-xs">{formatDateTime(entry.createdAt)}</TableCell>
                  <TableCell>{entry.actorName ?? entry.actorEmail ?? "Ferry"}</TableCell>
                  <TableCell className="whitespace-normal">{entry.summary}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      </div>
    </>
  );
}
