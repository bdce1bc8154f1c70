import { BarcodeFormat, BinaryBitmap, DecodeHintType, HybridBinarizer, MultiFormatReader, RGBLuminanceSource } from '@zxing/library'

export { BarcodeFormat }

/**
 * Reads a barcode or QR from grey levels (one byte a pixel, row by row) with ZXing, the decoder behind
 * most phone and till scanners; throws ZXing's NotFoundException when it finds none.
 */
export function decodeGrey(pixels: Uint8ClampedArray, width: number, height: number, format: BarcodeFormat): string {
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.POSSIBLE_FORMATS, [format]]])
  const reader = new MultiFormatReader()
  reader.setHints(hints)
  return reader.decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, width, height))), hints).getText()
}
