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
  func atoms(_ text: some StringProtocol) -> [Atom] {
    var atoms: [Atom] = []
    var current = Atom(text: "", width: 0, spaceBefore: false)
    var previous: Character?
    var previousWide = false
    var whitespace = false
    var onlyLineBreaks = true
    for raw in text {
      if Self.isBreakingSpace(raw) {
        whitespace = true
        if !(raw == "\n" || raw == "\r\n" || raw == "\r") { onlyLineBreaks = false }
        continue
      }
      let character = Self.isControl(raw) ? "\u{FFFD}" : raw
      let columns = displayWidth.width(of: character)
      let wide = columns >= 2
      if current.text.isEmpty {
        current = Atom(text: String(character), width: columns, spaceBefore: whitespace)
      } else if whitespace {
        atoms.append(current)
        let joinsWide = onlyLineBreaks && previousWide && wide
        current = Atom(text: String(character), width: columns, spaceBefore: !joinsWide)
      } else if let previous, canBreak(after: previous, wide: previousWide, before: character, wide: wide) {
        atoms.append(current)
        current = Atom(text: String(character), width: columns, spaceBefore: false)
      } else {
        current.text.append(character)
        current.width += columns
      }
      previous = character
      previousWide = wide
      whitespace = false
      onlyLineBreaks = true
    }
    if !current.text.isEmpty { atoms.append(current) }
    return atoms
  }

  /// Whether a line may break between two adjacent, non-space characters.
  func canBreak(after left: Character, wide leftWide: Bool, before right: Character, wide rightWide: Bool) -> Bool {
    guard leftWide || rightWide else { return false }
    if Self.closingPunctuation.contains(right) || Self.openingPunctuation.contains(left) { return false }
    return true
  }

  /// White space a line may break at (not U+00A0 or U+3000, which are kept).
  static func isBreakingSpace(_ character: Character) -> Bool {
    switch character {
    case " ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}": return true
    default:
      guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
      switch scalar.value {
      case 0x1680, 0x2000...0x2006, 0x2008...0x200A, 0x205F: return true
      default: return false
      }
    }
  }

  /// Control characters, shown as U+FFFD so they cannot drive the terminal.
  static func isControl(_ character: Character) -> Bool {
    guard let scalar = character.unicodeScalars.first else { return false }
    return scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }
}
