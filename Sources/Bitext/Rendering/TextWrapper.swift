/// Breaks text into lines that fit a number of terminal columns.
///
/// English wraps at white space; a word or URL wider than the line is broken
/// between grapheme clusters. Chinese (and any wide character) may break
/// between any two characters, except that closing punctuation (`，。、；：！？）》」`)
/// never starts a line and opening punctuation (`（《「“`) never ends one
/// (basic kinsoku), and `——` and `……` stay together.
///
/// White space is collapsed: a run of spaces, tabs or line breaks becomes one
/// space, or nothing when it is a line break between two wide characters
/// (a soft line break inside Chinese text). White space at a break is dropped.
///
/// ```swift
/// TextWrapper(width: 10).wrap("所有从欧洲进口的商品，我们")
/// // ["所有从欧洲", "进口的商品，", …] — no line starts with "，"
/// ```
public struct TextWrapper: Sendable, Hashable {
  /// The most columns a line may take; at least 2, so a wide character fits.
  public var width: Int
  /// How columns are counted.
  public var displayWidth: DisplayWidth

  /// Creates a wrapper for lines of `width` columns (values below 2 count as 2).
  public init(width: Int, displayWidth: DisplayWidth = .default) {
    self.width = max(2, width)
    self.displayWidth = displayWidth
  }

  /// Characters that never start a line.
  public static let closingPunctuation: Set<Character> = [
    "，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "】", "〕", "〗", "〙", "〉",
    "”", "’", "．", "…", "—", "～", "·", "・", "ー", "々", "〃", "％", "｝", "］",
    ",", ".", ";", ":", "!", "?", ")", "]", "}", "%",
  ]

  /// Characters that never end a line.
  public static let openingPunctuation: Set<Character> = [
    "（", "《", "「", "『", "【", "〔", "〖", "〘", "〈", "“", "‘", "［", "｛",
    "(", "[", "{",
  ]

  /// The lines of `text`, each at most ``width`` columns, without leading or
  /// trailing white space. Empty or blank text gives no lines.
  public func wrap(_ text: some StringProtocol) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for atom in atoms(text) {
      let separator = lineWidth == 0 || !atom.spaceBefore ? 0 : 1
      if lineWidth + separator + atom.width <= width {
        if separator == 1 { line.append(" ") }
        line.append(atom.text)
        lineWidth += separator + atom.width
        continue
      }
      if !line.isEmpty { lines.append(line) }
      line = ""
      lineWidth = 0
      if atom.width <= width {
        line = atom.text
        lineWidth = atom.width
        continue
      }
      let pieces = split(atom)
      lines += pieces.dropLast()
      line = pieces.last ?? ""
      lineWidth = displayWidth.width(of: line)
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// An atom wider than a line, broken between grapheme clusters; a closing
  /// punctuation mark that would start a piece takes the character before it along.
  func split(_ atom: Atom) -> [String] {
    var pieces: [String] = []
    var piece: [(character: Character, width: Int)] = []
    var pieceWidth = 0
    for character in atom.text {
      let columns = displayWidth.width(of: character)
      if pieceWidth + columns > width && !piece.isEmpty {
        var carried: [(character: Character, width: Int)] = []
        if piece.count > 1, let last = piece.last,
          Self.closingPunctuation.contains(character) || Self.openingPunctuation.contains(last.character),
          last.width + columns <= width
        {
          carried = [piece.removeLast()]
        }
        pieces.append(String(piece.map(\.character)))
        piece = carried
        pieceWidth = carried.reduce(0) { $0 + $1.width }
      }
      piece.append((character, columns))
      pieceWidth += columns
    }
    if !piece.isEmpty { pieces.append(String(piece.map(\.character))) }
    return pieces
  }

  /// A run of characters no line break may fall inside (unless it is wider
  /// than a line), and whether a space precedes it.
  struct Atom {
    var text: String
    var width: Int
    var spaceBefore: Bool
  }

  /// Splits `text` at its break opportunities.
  ///
  /// Each grapheme cluster is classified by its first scalar's value (no
  /// `Character` comparisons or hashing, which normalize and are slow).
  func atoms(_ text: some StringProtocol) -> [Atom] {
    if let atoms = text.utf8.withContiguousStorageIfAvailable(Self.asciiAtoms), let atoms { return atoms }
    var atoms: [Atom] = []
    var current = Atom(text: "", width: 0, spaceBefore: false)
    var previousWide = false
    var previousOpening = false
    var whitespace = false
    var onlyLineBreaks = true
    for raw in text {
      let scalars = raw.unicodeScalars
      guard let first = scalars.first else { continue }
      let value = first.value
      let single = scalars.index(after: scalars.startIndex) == scalars.endIndex
      switch Self.spaceKind(value, single: single) {
      case .lineBreak:
        whitespace = true
        continue
      case .space:
        whitespace = true
        onlyLineBreaks = false
        continue
      case .none:
        break
      }
      let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
      let character: Character = isControl ? "\u{FFFD}" : raw
      let columns: Int
      if single && value >= 0x20 && value < 0x7F {
        columns = 1
      } else {
        columns = displayWidth.width(of: character)
      }
      let wide = columns >= 2
      let closing = single && Self.isClosing(value)
      if current.text.isEmpty {
        current = Atom(text: String(character), width: columns, spaceBefore: whitespace)
      } else if whitespace {
        atoms.append(current)
        let joinsWide = onlyLineBreaks && previousWide && wide
        current = Atom(text: String(character), width: columns, spaceBefore: !joinsWide)
      } else if (previousWide || wide) && !closing && !previousOpening {
        atoms.append(current)
        current = Atom(text: String(character), width: columns, spaceBefore: false)
      } else {
        current.text.append(character)
        current.width += columns
      }
      previousWide = wide
      previousOpening = single && Self.isOpening(value)
      whitespace = false
      onlyLineBreaks = true
    }
    if !current.text.isEmpty { atoms.append(current) }
    return atoms
  }

  /// The atoms of printable ASCII text with ASCII white space, split on its
  /// bytes (every character one column, breaks only at white space); `nil`
  /// when the text holds any other byte.
  static func asciiAtoms(_ bytes: UnsafeBufferPointer<UInt8>) -> [Atom]? {
    var atoms: [Atom] = []
    var wordStart: Int?
    var spaceBefore = false
    for (index, byte) in bytes.enumerated() {
      switch byte {
      case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D:
        if let start = wordStart {
          atoms.append(asciiAtom(bytes, start..<index, spaceBefore: spaceBefore))
          wordStart = nil
        }
        spaceBefore = true
      case 0x21...0x7E:
        if wordStart == nil { wordStart = index }
      default:
        return nil
      }
    }
    if let start = wordStart { atoms.append(asciiAtom(bytes, start..<bytes.count, spaceBefore: spaceBefore)) }
    return atoms
  }

  private static func asciiAtom(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, spaceBefore: Bool) -> Atom {
    Atom(
      text: String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self), width: range.count,
      spaceBefore: spaceBefore)
  }

  /// The blocks that hold kinsoku punctuation or a canonical equivalent of
  /// it (U+037E is `;`, U+0387 is `·`, U+2329 and U+232A are `〈〉`):
  /// Latin-1, Greek, General Punctuation, Miscellaneous Technical, CJK
  /// Symbols and kana, fullwidth forms.
  static let punctuationBlocks: [ClosedRange<UInt32>] = [
    0x80...0xFF, 0x370...0x3FF, 0x2010...0x206F, 0x2300...0x23FF, 0x3000...0x30FF, 0xFF00...0xFFEF,
  ]

  /// The non-ASCII scalars that equal a member of `set` as a `Character`.
  static func scalars(of set: Set<Character>) -> Set<UInt32> {
    var values = Set<UInt32>()
    for block in punctuationBlocks {
      for value in block {
        if let scalar = Unicode.Scalar(value), set.contains(Character(scalar)) { values.insert(value) }
      }
    }
    return values
  }

  /// The non-ASCII scalar values of ``closingPunctuation``.
  static let closingScalars = scalars(of: closingPunctuation)
  /// The non-ASCII scalar values of ``openingPunctuation``.
  static let openingScalars = scalars(of: openingPunctuation)

  /// Whether `value` is in ``closingPunctuation``; ASCII is decided by a
  /// switch and Han characters and letters skip the set lookup.
  static func isClosing(_ value: UInt32) -> Bool {
    switch value {
    case 0x21, 0x25, 0x29, 0x2C, 0x2E, 0x3A, 0x3B, 0x3F, 0x5D, 0x7D: return true
    case 0..<0x80: return false
    default: return mayBePunctuation(value) && closingScalars.contains(value)
    }
  }

  /// Whether `value` is in ``openingPunctuation``.
  static func isOpening(_ value: UInt32) -> Bool {
    switch value {
    case 0x28, 0x5B, 0x7B: return true
    case 0..<0x80: return false
    default: return mayBePunctuation(value) && openingScalars.contains(value)
    }
  }

  /// Whether `value` lies in one of the ``punctuationBlocks``.
  static func mayBePunctuation(_ value: UInt32) -> Bool {
    punctuationBlocks.contains { $0.contains(value) }
  }

  /// How a grapheme cluster that starts with `value` separates words.
  enum SpaceKind {
    /// Not white space.
    case none
    /// A line break (LF, CR, CRLF, U+2028, U+2029): a soft break, no space
    /// between two wide characters.
    case lineBreak
    /// Other white space a line may break at (not U+00A0 or U+3000, which are kept).
    case space
  }

  static func spaceKind(_ value: UInt32, single: Bool) -> SpaceKind {
    switch value {
    case 0x0A, 0x0D, 0x2028, 0x2029: return .lineBreak
    case 0x20, 0x09, 0x0B, 0x0C: return single ? .space : .none
    case 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F: return single ? .space : .none
    default: return .none
    }
  }
}
