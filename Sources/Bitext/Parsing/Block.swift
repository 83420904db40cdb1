/// One block of a document's body: a paragraph of prose, or a block that is
/// kept but never translated (code, HTML, a table, a rule, a link line).
///
/// A block's ``text`` is a slice of the document's text, not a copy: make a
/// `String` from it only when one is needed. Lines inside a paragraph are
/// joined by `"\n"` whatever the input's line endings were.
public struct Block: Sendable, Hashable {
  /// What a block is; only ``paragraph`` blocks are aligned and checked.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Prose, to be aligned with its translation.
    case paragraph
    /// A fenced (```` ``` ````, `~~~`) or indented code block.
    case code
    /// An HTML block or comment.
    case html
    /// A pipe table.
    case table
    /// A thematic break (`---`, `***`, `___`) in the body.
    case thematicBreak
    /// Lines that are only an image, a link or a URL.
    case media
    /// The opening (`::: tip`) or closing (`:::`) line of a container; the
    /// text between the two is parsed as ordinary blocks.
    case containerFence
  }

  /// What the block is.
  public var kind: Kind
  /// The block's text: the paragraph's lines without their indentation and
  /// trailing white space, joined by `"\n"`; a verbatim block's lines as written.
  public var text: Substring {
    didSet { traits = TextTraits(text, counts: ScriptCounts(text)) }
  }
  /// The language of the text (``Language/neutral`` for non-prose blocks).
  public var language: Language
  /// What the aligner asks of ``text``, kept up to date with it.
  private(set) var traits: TextTraits
  /// The 1-based line of the block's first line in the input as given
  /// (a byte order mark or CRLF line endings do not shift it).
  public var line: Int
  /// The 1-based line of the block's last line.
  public var endLine: Int
  /// The block's bytes in the input, from the first to the last non-blank
  /// byte, counted from the start of the input (a byte order mark included).
  public var byteRange: Range<Int>
  /// The length of ``text`` in Unicode scalars, as the length model counts
  /// it; counted once, while parsing.
  public var characterCount: Int
  /// The number of Latin letters in ``text`` (see ``ScriptCounts/latinLetters``),
  /// counted once, while parsing; the aligner discounts them in Chinese text.
  var latinLetterCount: Int

  /// Creates a block; `characterCount` is counted from `text` when not given.
  public init(
    kind: Kind, text: Substring, language: Language, line: Int, endLine: Int,
    byteRange: Range<Int>, characterCount: Int? = nil
  ) {
    self.init(
      kind: kind, text: text, language: language, line: line, endLine: endLine, byteRange: byteRange,
      counts: ScriptCounts(text), characterCount: characterCount)
  }

  /// Creates a block whose script counts are already known (the parser's case).
  init(
    kind: Kind, text: Substring, language: Language, line: Int, endLine: Int,
    byteRange: Range<Int>, counts: ScriptCounts, characterCount: Int?
  ) {
    self.kind = kind
    self.text = text
    self.language = language
    self.line = line
    self.endLine = endLine
    self.byteRange = byteRange
    self.characterCount = characterCount ?? counts.scalars
    self.latinLetterCount = counts.latinLetters
    self.traits = TextTraits(text, counts: counts)
  }

  /// Whether the block takes part in alignment: an English or Chinese paragraph.
  public var isTranslatable: Bool {
    kind == .paragraph && language != .neutral
  }
}

extension Block: Codable {
  private enum CodingKeys: String, CodingKey {
    case line, endLine, byteRange, kind, language, text
  }

  /// Decodes a block from its JSON form (see `Docs/JSON.md`).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let text = try container.decode(String.self, forKey: .text)
    self.text = Substring(text)
    self.line = try container.decode(Int.self, forKey: .line)
    self.endLine = try container.decodeIfPresent(Int.self, forKey: .endLine) ?? line
    let range = try container.decodeIfPresent([Int].self, forKey: .byteRange) ?? [0, 0]
    self.byteRange = range.count == 2 && range[0] <= range[1] ? range[0]..<range[1] : 0..<0
    self.kind = try container.decodeIfPresent(Kind.self, forKey: .kind) ?? .paragraph
    self.language =
      try container.decodeIfPresent(Language.self, forKey: .language)
      ?? ScriptCounts(self.text).language
    let counts = ScriptCounts(self.text)
    self.characterCount = counts.scalars
    self.latinLetterCount = counts.latinLetters
    self.traits = TextTraits(self.text, counts: counts)
  }

  /// Encodes the block as `{"line", "endLine", "byteRange", "kind", "language", "text"}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(line, forKey: .line)
    try container.encode(endLine, forKey: .endLine)
    try container.encode([byteRange.lowerBound, byteRange.upperBound], forKey: .byteRange)
    try container.encode(kind, forKey: .kind)
    try container.encode(language, forKey: .language)
    try container.encode(String(text), forKey: .text)
  }
}
