"use client";

import { CheckCircle2, CircleAlert, Upload } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { uploadTooLargeMessage } from "@/lib/files/upload-limit";
import { formatBytes } from "@/lib/format";
import { cn } from "@/lib/utils";

interface UploadItem {
  key: string;
  name: string;
  size: number;
  loaded: number;
  state: "uploading" | "done" | "failed";
  error?: string;
}

/** Uploads one file per request so each gets its own progress bar; the server streams it to storage. */
function uploadFile(folderId: string, file: File, onProgress: (loaded: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("PUT", `/api/folders/${folderId}/upload?name=${encodeURIComponent(file.name)}`);
    request.upload.onprogress = (event) => onProgress(event.loaded);
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) return resolve();
      let message = `Upload failed (${request.status}).`;
      try {
        message = JSON.parse(request.responseText).error ?? message;
      } catch {}
      reject(new Error(message));
    };
    request.onerror = () => reject(new Error("The connection was lost during the upload."));
    request.send(file);
  });
}

export function UploadZone({ folderId, folderName, maxUploadBytes }: { folderId: string; folderName: string; maxUploadBytes: number }) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const router = useRouter();

  const update = (key: string, change: Partial<UploadItem>) =>
    setItems((current) => current.map((item) => (item.key === key ? { ...item, ...change } : item)));

  async function start(files: File[]) {
    if (files.length === 0) return;
    const batch = files.map((file, index) => ({ file, key: `${Date.now()}-${index}-${file.name}` }));
    setItems((current) => [
      ...batch.map(({ file, key }) => ({ key, name: file.name, size: file.size, loaded: 0, state: "uploading" as const })),
      ...current.filter((item) => item.state !== "done"),
    ]);
    // A few at a time: parallel enough to be quick, gentle on the server.
    const queue = [...batch];
    await Promise.all(
      Array.from({ length: Math.min(3, queue.length) }, async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
          const { file, key } = next;
          // Refused here rather than after sending gigabytes the server will not keep.
          if (file.size > maxUploadBytes) {
            update(key, { state: "failed", error: uploadTooLargeMessage(maxUploadBytes) });
            continue;
          }
          try {
            await uploadFile(folderId, file, (loaded) => update(key, { loaded }));
            update(key, { loaded: file.size, state: "done" });
          } catch (error) {
            update(key, { state: "failed", error: (error as Error).message });
          }
        }
      }),
    );
    router.refresh();
  }

  return (
    <div className="grid gap-3">
      <div
        role="region"
        aria-label={`Upload files to ${folderName}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void start(Array.from(event.dataTransfer.files));
        }}
        className={cn(
          "text-muted-foreground flex flex-wrap items-center justify-between gap-3 rounded-lg border border-dashed px-4 py-3 text-sm transition-colors",
          dragging && "border-primary bg-accent",
        )}
      >
        <span className="flex items-center gap-2">
          <Upload className="size-4" /> Drop files here to upload them to <strong className="text-foreground">{folderName}</strong>
        </span>
        <Button size="sm" variant="outline" onClick={() => input.current?.click()}>
          Choose files
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Choose files to upload"
          onChange={(event) => {
            void start(Array.from(event.target.files ?? []));
            event.target.value = "";
          }}
        />
      </div>
      {items.length > 0 && (
        <ul className="grid gap-2" aria-label="Uploads">
          {items.map((item) => (
            <li key={item.key} className="grid gap-1 rounded-md border px-3 py-2 text-sm">
              <div className="flex items-center justify-between gap-3">
                <span className="truncate">{item.name}</span>
                <span className="text-muted-foreground flex shrink-0 items-center gap-1 text-xs">
                  {item.state === "done" && <CheckCircle2 className="text-success size-4" />}
                  {item.state === "failed" && <CircleAlert className="text-destructive size-4" />}
                  {item.state === "uploading" ? `${formatBytes(item.loaded)} of ${formatBytes(item.size)}` : item.state === "done" ? "Uploaded" : item.error}
                </span>
              </div>
              {item.state === "uploading" && <Progress value={item.size ? (item.loaded / item.size) * 100 : 0} aria-label={`Uploading ${item.name}`} />}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
