/// How much a ``Finding`` matters, from a failed check to a remark.
///
/// `bitext check` fails (exit 1) on any error, and on warnings beyond
/// `--max-warnings`; information never fails a check.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// A remark: shown, never counted against a threshold.
  case info
  /// A likely problem: counted against `--max-warnings`.
  case warning
  /// A problem: the check fails.
  case error

  /// Orders severities from ``info`` (lowest) to ``error``.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }
}
