/** While a page of the signed-in shell loads: the page header's shape and a few placeholder rows. */
export function PageSkeleton() {
  return (
    <div role="status" aria-label="Loading" className="grid gap-6">
      <div className="grid gap-2 border-b px-6 py-4">
        <div className="bg-muted h-6 w-56 animate-pulse rounded" />
        <div className="bg-muted h-4 w-96 max-w-full animate-pulse rounded" />
      </div>
      <div className="grid gap-3 px-6">
        {[0, 1, 2, 3, 4].map((row) => (
          <div key={row} className="bg-muted h-10 animate-pulse rounded" />
        ))}
      </div>
    </div>
  );
}
