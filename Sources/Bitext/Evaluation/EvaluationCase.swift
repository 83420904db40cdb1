/// How the harness lays out a generated document.
public struct EvaluationLayout: Sendable, Hashable, Codable {
  /// Chinese paragraphs before their English source.
  public var chineseFirst: Bool
  /// Per section, all English paragraphs then all Chinese ones.
  public var blocks: Bool
  /// CRLF line endings and a byte order mark.
  public var windowsLineEndings: Bool
  /// Leave the front matter out.
  public var noFrontMatter: Bool
  /// Two files: the English paragraphs in one, the Chinese ones in the
  /// other, each with the front matter and every heading
  /// (`talk.en.md` + `talk.zh.md`); ``chineseFirst`` and ``blocks`` do not apply.
  public var twoFiles: Bool

  /// Creates a layout; the default is the fixture's own (English first, interleaved, LF).
  public init(
    chineseFirst: Bool = false, blocks: Bool = false, windowsLineEndings: Bool = false,
    noFrontMatter: Bool = false, twoFiles: Bool = false
  ) {
    self.chineseFirst = chineseFirst
    self.blocks = blocks
    self.windowsLineEndings = windowsLineEndings
    self.noFrontMatter = noFrontMatter
    self.twoFiles = twoFiles
  }

  /// A short name such as `en-first`, `zh-first+blocks`, `en-first+crlf-bom`.
  public var name: String {
    var parts = [twoFiles ? "two-files" : chineseFirst ? "zh-first" : "en-first"]
    if blocks { parts.append("blocks") }
    if windowsLineEndings { parts.append("crlf-bom") }
    if noFrontMatter { parts.append("no-front-matter") }
    return parts.joined(separator: "+")
  }
}

/// A generated document with its gold alignment.
public struct EvaluationCase: Sendable, Hashable {
  /// The document's text; in the two-file layout, the English file's.
  public var text: String
  /// The Chinese file's text in the two-file layout, else `nil`.
  public var chineseText: String?
  /// The gold segments, as the 1-based first lines of their English and
  /// Chinese paragraphs (each in its own file in the two-file layout).
  public var gold: [GoldSegment]

  /// Creates a case.
  public init(text: String, chineseText: String? = nil, gold: [GoldSegment]) {
    self.text = text
    self.chineseText = chineseText
    self.gold = gold
  }

  /// Parses the case's file (or two files) and aligns it with `aligner`.
  public func align(with aligner: Aligner = Aligner()) throws(BitextError) -> Alignment {
    Self.align(try documents(), with: aligner)
  }

  /// The case's file parsed, and in the two-file layout the Chinese file.
  public func documents() throws(BitextError) -> (english: BilingualDocument, chinese: BilingualDocument?) {
    (
      try BilingualDocument(parsing: text),
      try chineseText.map { text throws(BitextError) in try BilingualDocument(parsing: text) }
    )
  }

  /// Aligns a case's parsed ``documents()`` with `aligner`: one file, or
  /// the English file with the Chinese one.
  public static func align(
    _ documents: (english: BilingualDocument, chinese: BilingualDocument?), with aligner: Aligner = Aligner()
  ) -> Alignment {
    guard let chinese = documents.chinese else { return aligner.align(documents.english) }
    return aligner.align(english: documents.english, chinese: chinese)
  }
}

/// One segment of a gold alignment, by the lines its paragraphs start on.
public struct GoldSegment: Sendable, Hashable, Codable {
  /// First lines of the English paragraphs.
  public var english: [Int]
  /// First lines of the Chinese paragraphs.
  public var chinese: [Int]

  /// Creates a gold segment.
  public init(english: [Int], chinese: [Int]) {
    self.english = english
    self.chinese = chinese
  }

  /// The segment of `segment`'s paragraphs.
  public init(_ segment: Segment) {
    self.init(english: segment.english.map(\.line), chinese: segment.chinese.map(\.line))
  }

  /// Whether the segment is anything but `1-1`.
  public var isIrregular: Bool {
    english.count != 1 || chinese.count != 1
  }

  /// Its links: every English × Chinese pair, or each paragraph with `nil`
  /// when the other side is empty.
  public var links: [AlignmentLink] {
    if english.isEmpty { return chinese.map { AlignmentLink(english: nil, chinese: $0) } }
    if chinese.isEmpty { return english.map { AlignmentLink(english: $0, chinese: nil) } }
    return english.flatMap { e in chinese.map { AlignmentLink(english: e, chinese: $0) } }
  }
}

/// A link of an alignment: an English and a Chinese paragraph (by first
/// line), or one of them left unaligned.
public struct AlignmentLink: Sendable, Hashable, Codable {
  /// The English paragraph's first line, or `nil` for an unaligned Chinese paragraph.
  public var english: Int?
  /// The Chinese paragraph's first line, or `nil` for an unaligned English paragraph.
  public var chinese: Int?

  /// Creates a link.
  public init(english: Int?, chinese: Int?) {
    self.english = english
    self.chinese = chinese
  }
}
