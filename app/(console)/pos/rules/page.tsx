// The coupon rules list lives at /pos (the POS section's first tab); /pos/rules is where people look for it.
import { redirect } from "next/navigation";

export default function PosRulesIndex() {
  redirect("/pos");
}
