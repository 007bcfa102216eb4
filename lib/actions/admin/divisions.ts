"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { createDivision, deleteDivision, removeMembership, renameDivision, setMembership } from "@/lib/admin/divisions";
import { divisionIdSchema, divisionNameSchema, membershipSchema, removeMembershipSchema, renameDivisionSchema } from "@/lib/validation/admin";

export const createDivisionAction = authedAction(divisionNameSchema, async (actor, input) => {
  const divisionId = await createDivision(actor, input);
  revalidatePath("/settings/divisions");
  return divisionId;
});

export const renameDivisionAction = authedAction(renameDivisionSchema, async (actor, input) => {
  await renameDivision(actor, input);
  revalidatePath("/settings/divisions", "layout");
});

export const deleteDivisionAction = authedAction(divisionIdSchema, async (actor, input) => {
  await deleteDivision(actor, input.divisionId);
  revalidatePath("/settings/divisions");
});

export const setMembershipAction = authedAction(membershipSchema, async (actor, input) => {
  await setMembership(actor, input);
  revalidatePath(`/settings/divisions/${input.divisionId}`);
});

export const removeMembershipAction = authedAction(removeMembershipSchema, async (actor, input) => {
  await removeMembership(actor, input);
  revalidatePath(`/settings/divisions/${input.divisionId}`);
});
