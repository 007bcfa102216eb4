"use client";

import { CenteredLayout } from "@/components/shell/centered-layout";
import { ErrorState } from "@/components/shell/error-state";

export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <CenteredLayout>
      <ErrorState {...props} />
    </CenteredLayout>
  );
}
