/// One section of an ``Alignment``: its heading and its segments.
public struct AlignedSection: Sendable, Hashable, Codable {
  /// The heading that opens the section, or `nil` for content before the first heading.
  public var heading: Heading?
  /// The segments, in document order.
  public var segments: [Segment]

  /// Creates an aligned section.
  public init(heading: Heading?, segments: [Segment]) {
    self.heading = heading
    self.segments = segments
  }
}
