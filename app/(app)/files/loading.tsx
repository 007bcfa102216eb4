import { PageSkeleton } from "@/components/shell/page-skeleton";

// This page never answers 403/404 itself (a loading boundary would turn those into a 200).
export default PageSkeleton;
