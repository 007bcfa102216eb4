"use client";

import { FileText } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Pagination, SearchBox, SortHeader, useHrefWith } from "@/components/shell/list-controls";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { displayValue } from "./field-value";
import { InsightStatusBadge, type InsightStatusValue } from "./status-badge";

interface Row {
  id: string;
  name: string;
  folderName: string;
  status: InsightStatusValue;
  reason: string | null;
  fields: Record<string, { value: string | number | string[] }>;
}

interface Listing {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
}

const ALL = "all";
const STATUS_FILTERS = { [ALL]: "Any status", ok: "Extracted", waiting: "Waiting", problems: "Could not read" } as const;

export function InsightsTable({
  listing,
  folders,
  filters,
}: {
  listing: Listing;
  folders: { id: string; label: string }[];
  filters: { q: string; folder: string | null; status: string };
}) {
  const router = useRouter();
  const pages = Math.max(1, Math.ceil(listing.total / listing.pageSize));

  const hrefWith = useHrefWith();

  return (
    <div className="grid min-w-0 gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <SearchBox hrefWith={hrefWith} placeholder="Search names, titles, parties, law" defaultValue={filters.q} label="Search insights" />
        <Select value={filters.folder ?? ALL} onValueChange={(value) => router.push(hrefWith({ folder: value === ALL ? null : value, page: null }))}>
          <SelectTrigger className="w-64" aria-label="Folder">
            <SelectValue>{folders.find((folder) => folder.id === filters.folder)?.label ?? "All folders"}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            <SelectItem value={ALL}>All folders</SelectItem>
            {folders.map((folder) => (
              <SelectItem key={folder.id} value={folder.id}>
                {folder.label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <Select value={filters.status} onValueChange={(value) => router.push(hrefWith({ status: value === ALL ? null : value, page: null }))}>
          <SelectTrigger className="w-44" aria-label="Extraction status">
            <SelectValue>{STATUS_FILTERS[filters.status as keyof typeof STATUS_FILTERS] ?? STATUS_FILTERS.all}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            {Object.entries(STATUS_FILTERS).map(([value, label]) => (
              <SelectItem key={value} value={value}>
                {label}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
        <p className="text-muted-foreground ml-auto text-sm">
          {listing.total} document{listing.total === 1 ? "" : "s"}
        </p>
      </div>
      <div className="min-w-0 rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="name" label="Document" className="w-[28%]" />
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="type" label="Type" />
              <TableHead className="w-[16%]">Parties</TableHead>
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="law" label="Governing law" />
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="effective" label="Effective" />
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="expiry" label="Expiry" />
              <SortHeader sort={listing.sort} hrefWith={hrefWith} column="status" label="Status" />
            </TableRow>
          </TableHeader>
          <TableBody>
            {listing.rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={7} className="text-muted-foreground py-10 text-center">
                  {filters.q || filters.folder || filters.status !== ALL ? "No documents match these filters." : "No documents in this division yet."}
                </TableCell>
              </TableRow>
            )}
            {listing.rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell className="max-w-0">
                  <Link href={`/insights/documents/${row.id}`} className="flex items-center gap-2 font-medium hover:underline">
                    <FileText className="text-muted-foreground size-4 shrink-0" />
                    <span className="truncate">{row.name}</span>
                  </Link>
                  <p className="text-muted-foreground truncate pl-6 text-xs">
                    {row.folderName}
                    {row.fields.title ? ` · ${displayValue("title", row.fields.title.value)}` : ""}
                  </p>
                </TableCell>
                <TableCell className="whitespace-normal">{displayValue("documentType", row.fields.documentType?.value)}</TableCell>
                <TableCell className="max-w-0 truncate" title={displayValue("parties", row.fields.parties?.value)}>
                  {displayValue("parties", row.fields.parties?.value)}
                </TableCell>
                <TableCell className="whitespace-normal">{displayValue("governingLaw", row.fields.governingLaw?.value)}</TableCell>
                <TableCell className="tabular-nums">{displayValue("effectiveDate", row.fields.effectiveDate?.value)}</TableCell>
                <TableCell className="tabular-nums">{displayValue("expiryDate", row.fields.expiryDate?.value ?? row.fields.term?.value)}</TableCell>
                <TableCell>
                  <InsightStatusBadge status={row.status} reason={row.reason} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Pagination page={listing.page} pages={pages} hrefWith={hrefWith} />
    </div>
  );
}
