import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/console/sign-in-form";
import { getConsoleSession } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await getConsoleSession()) redirect("/dashboard");
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an absolute URL here would turn sign-in into an open redirect.
  const target = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/dashboard";
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-xl font-semibold">Sign in to Couponsmith</h1>
        <p className="mt-1 mb-6 text-sm text-slate-600">Coupon and promotion console</p>
        <SignInForm callbackUrl={target} />
      </div>
    </main>
  );
}
