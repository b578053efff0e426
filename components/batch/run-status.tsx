import { Badge } from "@/components/ui/page-header";
import type { BatchRunView } from "@/lib/batch/schemas";

const TONES = { queued: "slate", running: "indigo", succeeded: "green", failed: "rose" } as const;
const LABELS = { queued: "Queued", running: "Running", succeeded: "Done", failed: "Failed" } as const;

export function RunStatus({ status }: { status: BatchRunView["status"] }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}
