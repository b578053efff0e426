// The channels a cart can name in `channelType` (reference: Voucherify's channel_types). The engine
// compares them exactly, so the console offers these and flags anything else. Client-safe.
export const KNOWN_CHANNELS = [
  { id: "web", label: "Web shop" },
  { id: "store", label: "Store (POS)" },
  { id: "mobile", label: "Mobile" },
  { id: "mobile_ios", label: "Mobile: iOS app" },
  { id: "mobile_android", label: "Mobile: Android app" },
] as const;

export function isKnownChannel(value: string): boolean {
  return KNOWN_CHANNELS.some((c) => c.id === value);
}
