import { describe, expect, it } from "vitest";
import { rolesFromGroups } from "./oidc-roles";

describe("IdP groups to roles", () => {
  const mapping = { accountAdmin: ["ferry-admins"], connectorAdmin: ["Connector Admin"] };
  it("grants the mapped roles", () => {
    expect(rolesFromGroups(["staff", "Connector Admin"], mapping)).toEqual({ isAccountAdmin: false, isConnectorAdmin: true });
    expect(rolesFromGroups(["ferry-admins"], mapping)).toEqual({ isAccountAdmin: true, isConnectorAdmin: false });
  });
  it("grants nothing for a missing or malformed claim", () => {
    expect(rolesFromGroups(undefined, mapping)).toEqual({ isAccountAdmin: false, isConnectorAdmin: false });
    expect(rolesFromGroups("ferry-admins", mapping)).toEqual({ isAccountAdmin: false, isConnectorAdmin: false });
  });
});
