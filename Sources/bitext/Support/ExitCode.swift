/// The exit statuses every `bitext` subcommand uses.
enum ExitCode {
  /// Success; for `check`, the thresholds are met.
  static let success: Int32 = 0
  /// `check` found more than its thresholds allow.
  static let findings: Int32 = 1
  /// An input could not be read or is not valid.
  static let invalidInput: Int32 = 2
  /// The command line is wrong (EX_USAGE).
  static let usage: Int32 = 64
}
