"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/actions/safe-action";
import {
  createDivision,
  deleteDivision,
  removeMembership,
  renameDivision,
  setMembership,
} from "@/lib/admin/divisions";
import { createUser, resetUserPassword, setUserDisabled, updateUserRoles } from "@/lib/admin/users";
import {
  createUserSchema,
  divisionIdSchema,
  divisionNameSchema,
  membershipSchema,
  removeMembershipSchema,
  renameDivisionSchema,
  setUserDisabledSchema,
  updateUserRolesSchema,
} from "@/lib/validation/admin";

export const createUserAction = authedAction(createUserSchema, async (actor, input) => {
  const created = await createUser(actor, input);
  revalidatePath("/settings/users");
  return created;
});

export const updateUserRolesAction = authedAction(updateUserRolesSchema, async (actor, input) => {
  await updateUserRoles(actor, input);
  revalidatePath("/settings/users");
});

export const setUserDisabledAction = authedAction(setUserDisabledSchema, async (actor, input) => {
  await setUserDisabled(actor, input);
  revalidatePath("/settings/users");
});

export const resetUserPasswordAction = authedAction(z.object({ userId: z.uuid() }), (actor, input) => resetUserPassword(actor, input.userId));

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
