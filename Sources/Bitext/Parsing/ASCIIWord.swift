/// Eight bytes at a time: byte classes of a 64-bit word read from UTF-8
/// text, for the scanners' fast paths.
enum ASCIIWord {
  /// Whether `byte` is an ASCII letter, either case: one byte at a time,
  /// for the scanners' slow paths, Markdown's line syntax and the lexicon's
  /// English words.
  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return lower >= 0x61 && lower <= 0x7A
  }

  /// Bit 7 of each byte of `word` set where that byte is an ASCII letter or
  /// digit. Bytes are compared with bit 7 cleared, so that adding up to 0x7F
  /// never carries into the next byte; bytes from 0x80 are then left out.
  @inline(__always)
  static func alphanumericBits(_ word: UInt64) -> UInt64 {
    let low = word & 0x7F7F_7F7F_7F7F_7F7F
    let folded = low | 0x2020_2020_2020_2020
    let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505)
    let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
    return (letters | digits) & ~word & 0x8080_8080_8080_8080
  }
}
