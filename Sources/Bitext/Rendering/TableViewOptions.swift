/// What a two-column table view (``MarkdownTableRenderer``, ``HTMLRenderer``) shows.
public struct TableViewOptions: Sendable, Hashable {
  /// Which language goes in the first column.
  public var order: ColumnOrder
  /// Whether each paragraph starts with its source line.
  public var lineNumbers: Bool

  /// Creates options.
  public init(order: ColumnOrder = .englishFirst, lineNumbers: Bool = false) {
    self.order = order
    self.lineNumbers = lineNumbers
  }

  /// English first, no line numbers.
  public static let `default` = TableViewOptions()
}
