/// The shapes of a set of tokens (byte length, first and last byte, case
/// folded), as a Bloom filter of 1024 bits: a word whose shape is not among
/// them is not among the tokens, and need not be hashed.
struct TokenShapes: Sendable {
  private var bits: [UInt64]

  /// No shape.
  init() {
    bits = [UInt64](repeating: 0, count: Self.words)
  }

  /// Every shape: nothing is ruled out.
  static let all = TokenShapes(bits: [UInt64](repeating: .max, count: words))

  private init(bits: [UInt64]) {
    self.bits = bits
  }

  /// Adds the shape of a token of `length` bytes from `first` to `last`.
  mutating func insert(length: Int, first: UInt8, last: UInt8) {
    let bit = Self.bit(length: length, first: first, last: last)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  /// Whether a token of `length` bytes from `first` to `last` may have one of
  /// the shapes: false means it has none (and is not in a ``TokenSet`` of
  /// these shapes, unless its hash collides with a token of another shape,
  /// a 64-bit coincidence the anchors ignore everywhere).
  @inline(__always)
  func mayContain(length: Int, first: UInt8, last: UInt8) -> Bool {
    let bit = Self.bit(length: length, first: first, last: last)
    return bits[bit >> 6] >> UInt64(bit & 63) & 1 != 0
  }

  private static let words = 1024 / 64

  /// A shape, its length (up to 31) and the low five bits of its first and
  /// last bytes (case folded), mixed into one of 1024 bits.
  @inline(__always)
  private static func bit(length: Int, first: UInt8, last: UInt8) -> Int {
    let shape = UInt32(truncatingIfNeeded: min(length, 31)) << 10 | UInt32(first & 0x1F) << 5 | UInt32(last & 0x1F)
    return Int(truncatingIfNeeded: (shape &* 0x9E37_79B1) >> 22)
  }
}
