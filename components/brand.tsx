import { Ship } from "lucide-react";

export function Brand() {
  return (
    <span className="flex items-center gap-2 font-semibold tracking-tight">
      <span className="bg-primary text-primary-foreground grid size-7 place-items-center rounded-md">
        <Ship className="size-4" />
      </span>
      Ferry
    </span>
  );
}
