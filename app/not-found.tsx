// An address that matches no page at all (inside the console, app/(console)/not-found.tsx answers).
import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-4 px-6">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="text-2xl font-semibold text-slate-900">This page does not exist</h1>
      <p className="text-sm text-slate-600">Check the address, or start again from the console.</p>
      <div>
        <ButtonLink href="/">Open Couponsmith</ButtonLink>
      </div>
    </main>
  );
}
