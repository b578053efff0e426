import { HeaderSearch } from "@/components/console/header-search";
import { Sidebar } from "@/components/console/sidebar";
import { UserMenu } from "@/components/console/user-menu";
import { TimeZoneProvider } from "@/components/ui/date-time";
import { requireConsoleSession } from "@/lib/auth/session";

export default async function ConsoleLayout({ children }: { children: React.ReactNode }) {
  const session = await requireConsoleSession();
  const role = session.actor.role === "pos" ? "viewer" : session.actor.role;
  return (
    <TimeZoneProvider zone={session.tenant.timeZone}>
      <div className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          Skip to content
        </a>
        <Sidebar />
        <div className="md:pl-60">
          <header className="z-10 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white/90 px-4 py-3 backdrop-blur md:sticky md:top-0 md:px-6">
            <HeaderSearch />
            <UserMenu user={session.user} tenant={session.tenant} tenants={session.tenants} role={role} />
          </header>
          <main id="main" className="mx-auto max-w-7xl px-4 py-6 md:px-6 md:py-8">
            {children}
          </main>
        </div>
      </div>
    </TimeZoneProvider>
  );
}
