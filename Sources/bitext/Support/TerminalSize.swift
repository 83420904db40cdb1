#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The width of the terminal a descriptor writes to.
enum TerminalSize {
  /// The number of columns of the terminal on `descriptor`, from
  /// `ioctl(TIOCGWINSZ)`, or `nil` when it is not a terminal.
  static func columns(of descriptor: Int32) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// The width for output: the terminal's columns, else `$COLUMNS`, else `fallback`.
  static func width(of descriptor: Int32, environment: [String: String], fallback: Int = 100) -> Int {
    if let columns = columns(of: descriptor) { return columns }
    if let text = environment["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
    return fallback
  }
}
