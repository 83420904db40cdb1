/// One problem `bitext check` reports: a rule, a severity, a position and a message.
///
/// ```
/// talk.md:41:1: error: English paragraph has no translation: “All right, the summer…” [untranslated]
/// ```
public struct Finding: Sendable, Hashable, Codable {
  /// The rule that produced the finding.
  public var rule: Rule
  /// How much it matters, after the options' overrides.
  public var severity: Severity
  /// The file the finding points into, as given (for a two-file document,
  /// the English or the Chinese file, whichever holds the paragraph).
  public var file: String
  /// The 1-based line of the paragraph or heading.
  public var line: Int
  /// The 1-based column, counted in Unicode scalars, of the paragraph's first character.
  public var column: Int
  /// A one-line message that quotes the start of the paragraph.
  public var message: String

  /// Creates a finding.
  public init(rule: Rule, severity: Severity, file: String, line: Int, column: Int, message: String) {
    self.rule = rule
    self.severity = severity
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// The finding as a compiler-style diagnostic: `FILE:LINE:COL: error: message [rule]`.
  public var diagnostic: String {
    "\(file):\(line):\(column): \(severity.rawValue): \(message) [\(rule.id)]"
  }
}
