/// The shape of a segment: how many English and how many Chinese paragraphs it links.
///
/// Written `1-1`, `1-0` (untranslated), `0-1` (a translation with no source),
/// `2-1` (two English paragraphs merged into one translation), `1-2` and so on.
public struct SegmentKind: Sendable, Hashable, Codable, CustomStringConvertible, LosslessStringConvertible {
  /// English paragraphs in the segment.
  public var english: Int
  /// Chinese paragraphs in the segment.
  public var chinese: Int

  /// Creates a kind from its two counts.
  public init(english: Int, chinese: Int) {
    self.english = english
    self.chinese = chinese
  }

  /// Parses `"E-C"`, such as `"2-1"`.
  public init?(_ description: String) {
    let parts = description.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let english = Int(parts[0]), let chinese = Int(parts[1]),
      english >= 0, chinese >= 0
    else { return nil }
    self.init(english: english, chinese: chinese)
  }

  /// One English paragraph with one Chinese paragraph.
  public static let oneToOne = SegmentKind(english: 1, chinese: 1)
  /// An English paragraph with no translation.
  public static let untranslated = SegmentKind(english: 1, chinese: 0)
  /// A Chinese paragraph with no source.
  public static let orphan = SegmentKind(english: 0, chinese: 1)

  /// Every kind ``Aligner`` makes, in this order: `1-1`, `1-0`, `0-1`, `2-1`,
  /// `1-2`, `3-1`, `1-3`, `2-2`.
  /// (The DP aligner's moves; ordinal pairing makes `1-1`, `1-0` and `0-1`.)
  public static let aligned: [SegmentKind] = LengthAligner.moves.map {
    SegmentKind(english: $0.english, chinese: $0.chinese)
  }

  /// `"E-C"`.
  public var description: String { "\(english)-\(chinese)" }

  /// Decodes from the string form `"E-C"`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let kind = SegmentKind(text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a segment kind such as \"1-1\", got \"\(text)\"")
    }
    self = kind
  }

  /// Encodes as the string `"E-C"`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
