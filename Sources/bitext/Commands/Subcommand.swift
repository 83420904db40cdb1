import Bitext

/// A `bitext` subcommand: its help text, its options, and what it does.
protocol Subcommand {
  /// The name typed after `bitext`.
  static var name: String { get }
  /// One line for `bitext --help`.
  static var abstract: String { get }
  /// The `USAGE:` line, without `bitext `.
  static var usage: String { get }
  /// The body of `--help` after the usage line.
  static var help: String { get }
  /// The options the subcommand accepts.
  static var options: [ArgumentScanner.Option] { get }

  /// Validates the scanned arguments.
  init(_ arguments: ArgumentScanner.Result) throws(UsageError)

  /// Runs the subcommand and returns its exit status.
  func run() throws(BitextError) -> Int32
}
