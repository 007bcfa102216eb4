import { RemoteError, type RemoteProvider } from "./errors";
import type { RemoteFolder } from "./types";

export function splitPath(path: string): string[] {
  return path
    .split("/")
    .map((part) => part.trim())
    .filter((part) => part !== "");
}

export function joinPath(parent: string, name: string): string {
  return parent === "" ? name : `${parent}/${name}`;
}

/** Both remotes keep the extension apart from the name; a synced file needs it on the name. */
export function withExtension(name: string, extension: string | undefined): string {
  const bare = extension?.trim().replace(/^\./, "");
  if (!bare) return name;
  return name.toLowerCase().endsWith(`.${bare.toLowerCase()}`) ? name : `${name}.${bare}`;
}

/**
 * Follows a typed path from the root folder, one listing per segment. An exact name wins; otherwise
 * a single case-insensitive match is accepted (users type "deals" for "Deals").
 */
export async function resolvePathFromRoot(
  rootId: string,
  path: string,
  listChildren: (parentId: string) => Promise<RemoteFolder[]>,
  context: { provider: RemoteProvider; workspaceId: string },
): Promise<{ id: string; path: string }> {
  let currentId = rootId;
  const resolved: string[] = [];
  for (const segment of splitPath(path)) {
    const children = await listChildren(currentId);
    const exact = children.filter((child) => child.name === segment);
    const loose = children.filter((child) => child.name.toLowerCase() === segment.toLowerCase());
    const match = exact.length === 1 ? exact[0] : loose.length === 1 ? loose[0] : undefined;
    if (!match) {
      const where = resolved.length === 0 ? "the top level" : `"/${resolved.join("/")}"`;
      const why = loose.length > 1 ? `several folders are named "${segment}"` : `there is no folder "${segment}"`;
      throw new RemoteError("NOT_FOUND", {
        message: `The folder path "/${splitPath(path).join("/")}" was not found in {service}: in ${where} ${why}.`,
        details: { ...context, path },
      });
    }
    resolved.push(match.name);
    currentId = match.id;
  }
  return { id: currentId, path: `/${resolved.join("/")}` };
}
