// A Code 128 barcode as inline SVG (lib/pos/code128.ts draws it): crisp at any print resolution.
import { code128Bars } from "@/lib/pos/code128";

export function Barcode({ value, height = 60, moduleWidth = 2 }: { value: string; height?: number; moduleWidth?: number }) {
  const { modules, bars } = code128Bars(value);
  return (
    <svg
      role="img"
      aria-label={`Barcode ${value}`}
      data-testid="coupon-barcode"
      width={modules * moduleWidth}
      height={height}
      viewBox={`0 0 ${modules} ${height}`}
      preserveAspectRatio="none"
      shapeRendering="crispEdges"
    >
      <rect width={modules} height={height} fill="#fff" />
      {bars.map((bar) => (
        <rect key={bar.x} x={bar.x} y={0} width={bar.width} height={height} fill="#000" />
      ))}
    </svg>
  );
}
