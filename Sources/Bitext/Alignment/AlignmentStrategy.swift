/// How ``Aligner`` decides which paragraphs form a segment.
public enum AlignmentStrategy: String, Sendable, Hashable, Codable, CaseIterable {
  /// Ordinal pairing where a section pairs cleanly (equal counts, each pair
  /// adjacent in an interleaved document, plausible lengths), the
  /// length-based dynamic-programming aligner elsewhere: in an interleaved
  /// document only around the section's irregularities, keeping the pairs
  /// that sit next to each other with a plausible length elsewhere.
  case automatic
  /// Always pair the k-th English paragraph with the k-th Chinese paragraph.
  case ordinal
  /// Always use the length-based dynamic-programming aligner, on whole sections.
  case length
}
