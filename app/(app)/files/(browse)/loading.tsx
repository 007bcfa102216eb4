import { PageSkeleton } from "@/components/shell/page-skeleton";

// In a route group of its own: a loading boundary also wraps every page below it, and turns their
// notFound() / forbidden() into a 200 (this listing answers neither; the document pages do).
export default PageSkeleton;
