/// The coverage of one section of a document.
public struct SectionCoverage: Sendable, Hashable, Codable {
  /// The section's heading text, or `nil` for content before the first heading.
  public var heading: String?
  /// The 1-based line of the heading (or of the section's first paragraph; 1 when empty).
  public var line: Int
  /// The section's counts.
  public var counts: CoverageCounts

  /// Creates a section's coverage.
  public init(heading: String?, line: Int, counts: CoverageCounts) {
    self.heading = heading
    self.line = line
    self.counts = counts
  }
}
