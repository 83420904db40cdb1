/// Chooses which segments an export writes: `bitext export --only` and
/// `--min-score`, for people building training or evaluation data.
///
/// ```swift
/// let filter = ExportFilter(kinds: [.oneToOne], minimumScore: 0.9)
/// let clean = filter.apply(to: alignment)
/// ```
///
/// The default filter keeps every segment.
public struct ExportFilter: Sendable, Hashable {
  /// The segment kinds to keep, or `nil` to keep every kind.
  public var kinds: Set<SegmentKind>?
  /// The lowest score to keep (inclusive), or `nil` for no threshold.
  public var minimumScore: Double?

  /// Creates a filter.
  public init(kinds: Set<SegmentKind>? = nil, minimumScore: Double? = nil) {
    self.kinds = kinds
    self.minimumScore = minimumScore
  }

  /// The filter that keeps every segment.
  public static let all = ExportFilter()

  /// Whether `segment` passes the filter.
  public func includes(_ segment: Segment) -> Bool {
    if let kinds, !kinds.contains(segment.kind) { return false }
    if let minimumScore, !(segment.score >= minimumScore) { return false }
    return true
  }

  /// `alignment` with only the segments that pass; sections keep their
  /// headings even when none of their segments pass.
  public func apply(to alignment: Alignment) -> Alignment {
    guard kinds != nil || minimumScore != nil else { return alignment }
    var filtered = alignment
    for index in filtered.sections.indices {
      filtered.sections[index].segments.removeAll { !includes($0) }
    }
    return filtered
  }

  /// Parses a comma-separated list of kinds such as `"1-1,2-1"`; `nil` when
  /// any item is not one of the kinds the aligner makes
  /// (``SegmentKind/aligned``): a filter for `4-4` could only keep nothing.
  public static func kinds(parsing list: String) -> Set<SegmentKind>? {
    var kinds = Set<SegmentKind>()
    for item in list.split(separator: ",") {
      let trimmed = item.trimmingSpaces()
      guard let kind = SegmentKind(String(trimmed)), SegmentKind.aligned.contains(kind) else { return nil }
      kinds.insert(kind)
    }
    return kinds.isEmpty ? nil : kinds
  }
}
