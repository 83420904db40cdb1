/// A mistake on the command line: printed with the command's usage, exit 64.
struct UsageError: Error {
  let message: String

  init(_ message: String) {
    self.message = message
  }
}
