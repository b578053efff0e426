// Runs once when a server instance starts; the work is Node-only (instrumentation-node.ts).
export async function register() {
  // Next replaces process.env.NEXT_RUNTIME at build time, so the Edge bundle drops the import below. Read
  // through lib/env it would stay, and the Edge build would bundle the job runner and every job kind.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { registerNodeServer } = await import("./instrumentation-node");
  await registerNodeServer();
}
