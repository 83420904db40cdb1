/// ANSI SGR styles for terminal output; every style is off when ``isEnabled`` is false.
public struct TerminalStyle: Sendable, Hashable, Codable {
  /// Whether escape sequences are written.
  public var isEnabled: Bool

  /// Creates a style set, on or off.
  public init(isEnabled: Bool) {
    self.isEnabled = isEnabled
  }

  /// `text` in bold.
  public func bold(_ text: String) -> String { apply("1", to: text) }

  /// `text` dimmed (faint).
  public func dim(_ text: String) -> String { apply("2", to: text) }

  private func apply(_ code: String, to text: String) -> String {
    guard isEnabled, !text.isEmpty else { return text }
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}
