"use client";
// A coupon's enable flag (v0 is_enabled): a disabled coupon is refused at checkout as code_inactive.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setCouponEnabledAction } from "@/app/(console)/legacy/actions";

export function CouponEnableSwitch({ couponId, enabled, canWrite }: { couponId: string; enabled: boolean; canWrite: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        aria-label="Coupon enabled"
        disabled={!canWrite || pending}
        onClick={() =>
          startTransition(async () => {
            setError(null);
            const result = await setCouponEnabledAction(couponId, !enabled);
            if (!result.ok) setError(result.message);
            router.refresh();
          })
        }
        className={`relative inline-flex h-6 w-11 items-center rounded-full transition ${enabled ? "bg-emerald-600" : "bg-slate-300"} disabled:opacity-50`}
      >
        <span
          className={`inline-block h-5 w-5 transform rounded-full bg-white shadow transition ${enabled ? "translate-x-5" : "translate-x-1"}`}
        />
      </button>
      <span className="text-sm">{enabled ? "Enabled" : "Disabled: refused at checkout as code_inactive"}</span>
      {error ? (
        <span role="alert" className="text-xs text-rose-600">
          {error}
        </span>
      ) : null}
    </div>
  );
}
