import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Couponsmith", template: "%s · Couponsmith" },
  description: "Coupon and promotion console for retail HQ teams",
  // The files live in public/ (favicon.ico, icon.svg, apple-touch-icon.png, robots.txt).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: "/apple-touch-icon.png",
  },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
