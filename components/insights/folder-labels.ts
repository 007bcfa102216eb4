/** "Parent / Child" labels for a flat folder list, sorted by path, for folder pickers. */
export function folderLabels(folders: { id: string; name: string; parentId: string | null }[]): { id: string; label: string }[] {
  const byId = new Map(folders.map((folder) => [folder.id, folder]));
  const label = (id: string, seen = new Set<string>()): string => {
    const folder = byId.get(id)!;
    if (!folder.parentId || seen.has(folder.parentId) || !byId.has(folder.parentId)) return folder.name;
    seen.add(id);
    return `${label(folder.parentId, seen)} / ${folder.name}`;
  };
  return folders.map((folder) => ({ id: folder.id, label: label(folder.id) })).sort((a, b) => a.label.localeCompare(b.label));
}
