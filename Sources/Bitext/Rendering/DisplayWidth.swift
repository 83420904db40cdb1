/// The number of terminal columns a text takes, after Unicode UAX #11
/// (East Asian Width) and common terminal practice.
///
/// - East Asian Wide and Fullwidth characters (Han, kana, Hangul, `，。！？（）《》「」`,
///   U+3000) and characters with `Emoji_Presentation` take 2 columns.
/// - Combining marks (Mn, Me), format characters (Cf, except U+00AD SOFT HYPHEN),
///   controls and Hangul medial and final jamo take 0.
/// - An emoji sequence — a ZWJ sequence, a skin-tone modifier, an emoji
///   presentation selector (U+FE0F), a flag, a keycap — is one grapheme and takes 2.
/// - East Asian Ambiguous characters (`“ ” … —`, box drawing) take 1, or 2 when
///   ``ambiguousIsWide`` is set (as in a CJK-locale terminal).
/// - Everything else takes 1.
///
/// The classes come from a table generated from the Unicode Character
/// Database by `Scripts/generate-display-width.py` (see ``unicodeVersion``),
/// not from libc's `wcwidth`, which depends on the process locale and counts
/// emoji sequences one scalar at a time.
///
/// ```swift
/// DisplayWidth.default.width(of: "所有，ok")  // 6
/// ```
public struct DisplayWidth: Sendable, Hashable, Codable {
  /// The width class of one Unicode scalar.
  public enum WidthClass: UInt8, Sendable, Hashable, Codable, CaseIterable {
    /// One column.
    case narrow = 0
    /// No column: combining marks, format and control characters.
    case zero = 1
    /// Two columns: East Asian Wide and Fullwidth, emoji presentation.
    case wide = 2
    /// East Asian Ambiguous: one column, or two in a CJK context.
    case ambiguous = 3
  }

  /// Whether East Asian Ambiguous characters take two columns instead of one.
  public var ambiguousIsWide: Bool

  /// Creates a width measure.
  public init(ambiguousIsWide: Bool = false) {
    self.ambiguousIsWide = ambiguousIsWide
  }

  /// Ambiguous characters narrow: the usual setting of Western-locale terminals.
  public static let `default` = DisplayWidth()

  /// The width class of `scalar`, from the generated table.
  public static func widthClass(of scalar: Unicode.Scalar) -> WidthClass {
    let value = scalar.value
    if value < 0x7F { return value < 0x20 ? .zero : .narrow }
    if value < 0x10000 {
      return WidthClass(rawValue: basicPlane[Int(value)]) ?? .narrow
    }
    return searchRuns(value)
  }

  /// The classes of the Basic Multilingual Plane, one byte each, expanded
  /// from ``runs`` on first use so the common case is one load.
  static let basicPlane: [UInt8] = {
    var classes = [UInt8](repeating: 0, count: 0x10000)
    for (index, run) in runs.enumerated() {
      let start = Int(run >> 2)
      guard start < 0x10000 else { break }
      let end = index + 1 < runs.count ? min(0x10000, Int(runs[index + 1] >> 2)) : 0x10000
      for value in start..<end { classes[value] = UInt8(truncatingIfNeeded: run & 3) }
    }
    return classes
  }()

  /// The class of `value` by binary search in ``runs``.
  static func searchRuns(_ value: UInt32) -> WidthClass {
    let key = value << 2 | 3
    var low = 0
    var high = runs.count
    // The last run whose first code point is <= value.
    while low < high {
      let middle = (low + high) / 2
      if runs[middle] <= key { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return .narrow }
    return WidthClass(rawValue: UInt8(truncatingIfNeeded: runs[low - 1] & 3)) ?? .narrow
  }

  /// The columns `scalar` takes on its own.
  public func width(of scalar: Unicode.Scalar) -> Int {
    switch Self.widthClass(of: scalar) {
    case .narrow: return 1
    case .zero: return 0
    case .wide: return 2
    case .ambiguous: return ambiguousIsWide ? 2 : 1
    }
  }

  /// The columns one grapheme cluster takes.
  ///
  /// A cluster of one scalar takes that scalar's width. An emoji sequence takes
  /// 2: a wide base with a ZWJ, a skin-tone modifier or tag characters; any base
  /// with U+FE0F (emoji presentation) or U+20E3 (keycap); a pair of regional
  /// indicators (a flag). Any other cluster takes the sum of its scalars'
  /// widths (a base and its combining marks, Hangul jamo L+V+T).
  public func width(of character: Character) -> Int {
    var scalars = character.unicodeScalars.makeIterator()
    guard let first = scalars.next() else { return 0 }
    var total = width(of: first)
    guard let second = scalars.next() else { return total }
    // A ZWJ, modifier or tag makes an emoji sequence after a wide base; an
    // emoji presentation selector, a keycap or a flag after any base.
    let wideBase = total == 2
    var isEmojiSequence = Self.isRegionalIndicator(first)
    var next: Unicode.Scalar? = second
    while let scalar = next {
      if Self.isPresentationScalar(scalar) || (wideBase && Self.isEmojiSequenceScalar(scalar)) {
        isEmojiSequence = true
      }
      total += width(of: scalar)
      next = scalars.next()
    }
    return isEmojiSequence ? 2 : total
  }

  /// The columns `text` takes: the sum of its grapheme clusters' widths.
  ///
  /// Text that is all ASCII is measured on its UTF-8 bytes without forming
  /// grapheme clusters (printable characters 1, controls 0).
  public func width(of text: some StringProtocol) -> Int {
    let ascii = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      var columns = 0
      for byte in bytes {
        if byte >= 0x80 { return nil }
        if byte >= 0x20 && byte != 0x7F { columns += 1 }
      }
      return columns
    }
    if let columns = ascii ?? nil { return columns }
    var columns = 0
    for character in text { columns += width(of: character) }
    return columns
  }

  /// Scalars that extend a wide emoji base: ZWJ, skin-tone modifiers, tags.
  static func isEmojiSequenceScalar(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x200D: return true
    case 0x1F3FB...0x1F3FF: return true  // skin-tone modifiers
    case 0xE0020...0xE007F: return true  // tags (subdivision flags)
    default: return false
    }
  }

  /// U+FE0F (emoji presentation) and U+20E3 (keycap), which make any base an emoji.
  static func isPresentationScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value == 0xFE0F || scalar.value == 0x20E3
  }

  /// Regional indicators, which pair into flags.
  static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
  }
}
