import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Couponsmith", template: "%s · Couponsmith" },
  description: "Coupon and promotion console for retail HQ teams",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
