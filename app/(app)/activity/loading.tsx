import { PageSkeleton } from "@/components/shell/page-skeleton";

// Only on pages that never answer 403/404 themselves: a loading boundary starts the response, which
// would turn forbidden() / notFound() below it into a 200.
export default PageSkeleton;
