import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A labelled input with its validation message underneath. */
export function Field({
  label,
  name,
  errors,
  hint,
  ...props
}: React.ComponentProps<typeof Input> & { label: string; name: string; errors?: string[]; hint?: React.ReactNode }) {
  const id = props.id ?? name;
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={`${id}-help`} {...props} />
      <div id={`${id}-help`} className="text-xs">
        {errors?.length ? <p className="text-destructive">{errors[0]}</p> : hint ? <p className="text-muted-foreground">{hint}</p> : null}
      </div>
    </div>
  );
}
