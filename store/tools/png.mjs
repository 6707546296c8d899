// Width and height of a PNG from its IHDR chunk (PNG spec, section 11.2.2: the first chunk, right
// after the 8-byte signature: length, "IHDR", then width and height as 4-byte big-endian integers).
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** `{ width, height }`, or undefined when `bytes` is not a PNG. */
export function pngSize(bytes) {
  if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
