"use client";

import { UserRoundCog } from "lucide-react";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { transferSyncAction } from "@/lib/actions/overview/transfer";
import { apiPath, getJson } from "@/lib/http/get-json";
import { FormError } from "@/components/forms/form-error";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";

type Candidate = { id: string; name: string | null; email: string };

/** "Hand over": a new owner from the division, who then authorises with their own remote account. */
export function TransferDialog({ syncSourceId, folderName, currentOwnerId }: { syncSourceId: string; folderName: string; currentOwnerId: string | null }) {
  const [open, setOpen] = useState(false);
  const [candidates, setCandidates] = useState<Candidate[]>();
  const [newOwnerId, setNewOwnerId] = useState("");
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!open) return;
    void getJson<Candidate[]>(apiPath(["sync-sources", syncSourceId, "transfer-candidates"])).then((result) => (result.ok ? setCandidates(result.data) : setError(result.error)));
  }, [open, syncSourceId]);

  const choices = candidates?.filter((candidate) => candidate.id !== currentOwnerId) ?? [];
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Hand over the sync of ${folderName}`}>
          <UserRoundCog /> Hand over
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Hand over the sync of “{folderName}”</DialogTitle>
          <DialogDescription>
            The sync will run as the new owner. It waits until they authorise the integration with their own account (at once if they already
            have), and never uses the previous owner&apos;s access.
          </DialogDescription>
        </DialogHeader>
        <div className="grid gap-2">
          <Label htmlFor="transfer-owner">New owner</Label>
          <Select value={newOwnerId} onValueChange={setNewOwnerId} disabled={!candidates}>
            <SelectTrigger id="transfer-owner" className="w-full">
              <SelectValue placeholder={candidates ? (choices.length ? "Choose a member of the division" : "No other member to hand it to") : "Loading members…"} />
            </SelectTrigger>
            <SelectContent>
              {choices.map((candidate) => (
                <SelectItem key={candidate.id} value={candidate.id}>
                  {candidate.name ? `${candidate.name} (${candidate.email})` : candidate.email}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <FormError message={error} />
        <DialogFooter>
          <Button variant="outline" onClick={() => setOpen(false)}>
            Cancel
          </Button>
          <Button
            disabled={!newOwnerId || pending}
            onClick={() =>
              startTransition(async () => {
                const result = await transferSyncAction({ syncSourceId, newOwnerId });
                if (!result.ok) return setError(result.error);
                toast.success("Sync handed over; it resumes once the new owner has authorised.");
                setOpen(false);
              })
            }
          >
            Hand over
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
