/// How a segment's paragraphs were paired.
public enum AlignmentMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// Paired by position: the k-th English paragraph of a clean section with
  /// its k-th Chinese paragraph, or, in an interleaved section aligned
  /// around its irregularities, a paragraph with its translation right next
  /// to it, on the document's side (a chained pair, see `Docs/Alignment.md`).
  case ordinal
  /// A length-based dynamic-programming aligner decided the pairing.
  case length
}
