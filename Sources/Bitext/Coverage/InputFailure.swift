/// An input `bitext check` could not read or parse, kept in the report so
/// that the other documents are still checked and reported.
public struct InputFailure: Sendable, Hashable, Codable {
  /// The input, as given.
  public var file: String
  /// The 1-based line of the problem, when it has one.
  public var line: Int?
  /// The error's one-line description (`FILE:LINE: message`).
  public var message: String

  /// Creates a failure record.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// Records `error`.
  public init(_ error: BitextError) {
    self.init(file: error.file, line: error.line, message: error.description)
  }
}
