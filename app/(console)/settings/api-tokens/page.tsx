import type { Metadata } from "next";
import { ApiTokensPanel } from "@/components/settings/api-tokens-panel";
import { Notice, PageHeader } from "@/components/ui/page-header";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const session = await requireConsoleSession();
  if (session.actor.role !== "admin") {
    return (
      <>
        <PageHeader title="API tokens" />
        <Notice tone="error">Only admins manage API tokens.</Notice>
      </>
    );
  }
  const tokens = await listApiTokens(session.tenant.id);
  return (
    <>
      <PageHeader
        title="API tokens"
        description={
          <>
            Send a token as <code>Authorization: Bearer &lt;token&gt;</code>. Tokens are stored hashed and shown only once.
          </>
        }
      />
      <ApiTokensPanel tokens={tokens} />
    </>
  );
}
