import Bitext

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file a subcommand writes, created or truncated, written through a
/// buffered ``StandardStream``.
struct OutputFile {
  let path: String
  private let descriptor: Int32

  /// Creates (or truncates) the file at `path`.
  init(path: String) throws(BitextError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else {
      let code = errno
      let reason = strerror(code).map { String(cString: $0) } ?? "error \(code)"
      throw .unwritable(file: path, reason: reason)
    }
    self.path = path
    self.descriptor = descriptor
  }

  /// A buffered stream to the file; flush it before ``close()``.
  var stream: StandardStream { StandardStream(descriptor: descriptor) }

  /// Closes the file.
  func close() {
    _ = systemClose(descriptor)
  }
}

@inline(__always)
private func systemClose(_ descriptor: Int32) -> Int32 {
  close(descriptor)
}
