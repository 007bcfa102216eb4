"use client";

import { FileText } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Pagination, SearchBox, SortHeader, useHrefWith } from "@/components/shell/list-controls";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TooltipProvider } from "@/components/ui/tooltip";
import type { FieldConfidence } from "@/lib/insights/fields/types";
import { ConfidenceMarker } from "./confidence-marker";
import { displayValue } from "./field-value";
import { InsightStatusBadge, type InsightStatusValue } from "./status-badge";

interface Row {
  id: string;
  name: string;
  folderName: string;
  status: InsightStatusValue;
  reason: string | null;
  fields: Record<string, StoredField>;
}

interface StoredField {
  value: string | number | string[];
  confidence?: FieldConfidence;
  estimate?: boolean;
}

interface Listing {
  rows: Row[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
}

const ALL = "all";

/** A field's value with a mark when it is uncertain; `truncate` keeps long lists to one line, the mark always visible. */
function FieldValue({ name, field, truncate = false }: { name: string; field?: StoredField; truncate?: boolean }) {
  const text = displayValue(name, field?.value);
  return (
    <span className="flex min-w-0 items-center gap-1">
      <span className={truncate ? "truncate" : undefined} title={truncate ? text : undefined}>
        {text}
      </span>
      {field && <ConfidenceMarker confidence={field.confidence} estimate={field.estimate} />}
    </span>
  );
}

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
    <TooltipProvider>
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
                  <TableCell className="whitespace-normal">
                    <FieldValue name="documentType" field={row.fields.documentType} />
                  </TableCell>
                  <TableCell className="max-w-0">
                    <FieldValue name="parties" field={row.fields.parties} truncate />
                  </TableCell>
                  <TableCell className="whitespace-normal">
                    <FieldValue name="governingLaw" field={row.fields.governingLaw} />
                  </TableCell>
                  <TableCell className="tabular-nums">
                    <FieldValue name="effectiveDate" field={row.fields.effectiveDate} />
                  </TableCell>
                  <TableCell className="tabular-nums">
                    <FieldValue name={row.fields.expiryDate ? "expiryDate" : "term"} field={row.fields.expiryDate ?? row.fields.term} />
                  </TableCell>
                  <TableCell>
                    <InsightStatusBadge status={row.status} reason={row.reason} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        <p className="text-muted-foreground flex flex-wrap items-center gap-x-3 gap-y-1 text-xs">
          <span>Values without a mark were read with high confidence.</span>
          <span className="inline-flex items-center gap-1">
            <ConfidenceMarker confidence="medium" /> medium
          </span>
          <span className="inline-flex items-center gap-1">
            <ConfidenceMarker confidence="low" /> low — point at a mark for how often such values are right
          </span>
        </p>
        <Pagination page={listing.page} pages={pages} hrefWith={hrefWith} />
      </div>
    </TooltipProvider>
  );
}
