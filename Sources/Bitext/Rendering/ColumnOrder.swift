/// Which language a two-column view puts on the left.
public enum ColumnOrder: String, Sendable, Hashable, Codable, CaseIterable {
  /// English left, Chinese right (the default).
  case englishFirst
  /// Chinese left, English right.
  case chineseFirst

  /// The languages of the left and right columns.
  public var languages: (left: Language, right: Language) {
    self == .englishFirst ? (.english, .chinese) : (.chinese, .english)
  }

  /// A segment's paragraphs for the left and right columns.
  public func columns(of segment: Segment) -> (left: [Block], right: [Block]) {
    self == .englishFirst ? (segment.english, segment.chinese) : (segment.chinese, segment.english)
  }

  /// The column heading for `language`: `English` or `中文`.
  static func title(of language: Language) -> String {
    language == .chinese ? "中文" : "English"
  }

  /// What an empty cell says: `(no English)` or `(no Chinese)`.
  static func emptyMarker(for language: Language) -> String {
    language == .chinese ? "(no Chinese)" : "(no English)"
  }
}
