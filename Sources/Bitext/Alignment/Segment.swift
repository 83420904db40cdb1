/// A unit of alignment: English paragraphs and the Chinese paragraphs that translate them.
///
/// In a clean bilingual document every segment is `1-1`. A side is empty
/// when a paragraph has no counterpart (`1-0`, `0-1`), and holds several
/// paragraphs when a translator merged or split them (`2-1`, `1-2`).
public struct Segment: Sendable, Hashable, Codable {
  /// The English paragraphs, in document order.
  public var english: [Block] {
    get { englishBlocks.array }
    set { englishBlocks = SegmentBlocks(newValue) }
  }
  /// The Chinese paragraphs, in document order.
  public var chinese: [Block] {
    get { chineseBlocks.array }
    set { chineseBlocks = SegmentBlocks(newValue) }
  }
  /// The English paragraphs without an array of their own (``english`` makes one).
  var englishBlocks: SegmentBlocks
  /// The Chinese paragraphs without an array of their own (``chinese`` makes one).
  var chineseBlocks: SegmentBlocks
  /// How the paragraphs were paired.
  public var method: AlignmentMethod
  /// How sure the aligner is that this segment is right, from 0 (a guess)
  /// to 1 (certain); see `Docs/Alignment.md` for how it is computed.
  public var score: Double

  /// Creates a segment.
  public init(english: [Block], chinese: [Block], method: AlignmentMethod, score: Double) {
    self.init(
      english: SegmentBlocks(english), chinese: SegmentBlocks(chinese), method: method, score: score)
  }

  /// Creates a segment whose sides share the arrays they are slices of.
  init(english: ArraySlice<Block>, chinese: ArraySlice<Block>, method: AlignmentMethod, score: Double) {
    self.init(
      english: SegmentBlocks(english), chinese: SegmentBlocks(chinese), method: method, score: score)
  }

  /// Creates a segment from its sides.
  init(english: SegmentBlocks, chinese: SegmentBlocks, method: AlignmentMethod, score: Double) {
    self.englishBlocks = english
    self.chineseBlocks = chinese
    self.method = method
    self.score = score
  }

  /// The segment's shape, such as `1-1` or `1-0`.
  public var kind: SegmentKind {
    SegmentKind(english: englishBlocks.count, chinese: chineseBlocks.count)
  }

  private enum CodingKeys: String, CodingKey {
    case english, chinese, method, kind, score
  }

  /// Decodes a segment from its JSON form; `kind` is derived, not read.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    englishBlocks = SegmentBlocks(try container.decode([Block].self, forKey: .english))
    chineseBlocks = SegmentBlocks(try container.decode([Block].self, forKey: .chinese))
    method = try container.decode(AlignmentMethod.self, forKey: .method)
    score = try container.decodeIfPresent(Double.self, forKey: .score) ?? 1
  }

  /// Encodes `english`, `chinese`, `method`, `kind` and `score`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(english, forKey: .english)
    try container.encode(chinese, forKey: .chinese)
    try container.encode(method, forKey: .method)
    try container.encode(kind, forKey: .kind)
    try container.encode((score * 1000).rounded() / 1000, forKey: .score)
  }
}
