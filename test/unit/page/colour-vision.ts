// Test helper: how a colour looks to a reader with a colour-vision deficiency, and how far apart
// two colours are. Machado, Oliveira & Fernandes (2009) matrices at severity 1.0 (full dichromacy),
// applied in linear RGB; the same model Chromium's DevTools vision-deficiency emulation uses.
// CIE76 ΔE in CIELAB (D65): about 2.3 is a just-noticeable difference.
type Rgb = readonly [number, number, number];
export type Deficiency = 'none' | 'protanopia' | 'deuteranopia' | 'tritanopia';

const MATRICES: Record<Exclude<Deficiency, 'none'>, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const toLinear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

function linear(rgb: Rgb, deficiency: Deficiency): number[] {
  const lin = rgb.map(toLinear);
  if (deficiency === 'none') return lin;
  return MATRICES[deficiency].map((row) =>
    clamp01(row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!),
  );
}

function lab(lin: number[]): [number, number, number] {
  const [r, g, b] = lin as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference between two sRGB colours as a reader with `deficiency` sees them. */
export function deltaE(a: Rgb, b: Rgb, deficiency: Deficiency): number {
  const [la, lb] = [lab(linear(a, deficiency)), lab(linear(b, deficiency))];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}
