/// How a segment's paragraphs were paired.
public enum AlignmentMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// The k-th English paragraph of a section with its k-th Chinese paragraph.
  case ordinal
  /// A length-based dynamic-programming aligner decided the pairing.
  case length
}
