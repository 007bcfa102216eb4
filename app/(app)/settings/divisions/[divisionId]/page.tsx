import { Table2 } from "lucide-react";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { Button } from "@/components/ui/button";
import { DivisionMembers } from "@/components/admin/division-members";
import { DivisionSettingsForm } from "@/components/admin/division-settings-form";
import { PageHeader } from "@/components/shell/page-header";
import { getDivision, listUsersForMembership } from "@/lib/admin/divisions";
import { isDivisionAdmin } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { divisionParamsSchema, parseParams, type PageParams } from "@/lib/validation/pages";

export const metadata = { title: "Division settings" };

export default async function DivisionPage({ params }: { params: PageParams }) {
  const actor = await requireActor();
  const { divisionId } = parseParams(divisionParamsSchema, await params);
  const refused = (error: unknown): never => {
    // Refused before the division is looked up, so "no access" never reveals whether it exists.
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    if (error instanceof AppError) notFound();
    throw error;
  };
  const [division, candidates] = await Promise.all([getDivision(actor, divisionId).catch(refused), listUsersForMembership(actor, divisionId).catch(refused)]);
  const memberIds = new Set(division.members.map((member) => member.userId));
  return (
    <>
      <PageHeader
        title={division.name}
        description="Division settings: members and their roles."
        actions={
          // Integration targets are content administration: for this division's own administrators.
          isDivisionAdmin(actor, division.id) ? (
            <Button asChild variant="outline">
              <Link href={`/settings/divisions/${division.id}/targets`}>
                <Table2 /> Integration Targets
              </Link>
            </Button>
          ) : null
        }
      />
      <div className="grid max-w-4xl gap-8 p-6">
        {actor.isAccountAdmin && <DivisionSettingsForm divisionId={division.id} name={division.name} />}
        <DivisionMembers
          divisionId={division.id}
          members={division.members}
          candidates={candidates.filter((user) => !memberIds.has(user.id))}
          selfId={actor.id}
        />
      </div>
    </>
  );
}
