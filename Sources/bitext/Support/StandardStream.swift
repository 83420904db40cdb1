#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered writer to a file descriptor (standard output or standard error).
///
/// In Swift 6 mode the C `stdout`/`stderr` globals are not usable; this
/// writes with write(2) and buffers, so large outputs cost few system calls.
struct StandardStream: TextOutputStream {
  let descriptor: Int32
  private var buffer: [UInt8] = []
  private let capacity = 1 << 16

  static var output: StandardStream { StandardStream(descriptor: STDOUT_FILENO) }
  static var error: StandardStream { StandardStream(descriptor: STDERR_FILENO) }

  init(descriptor: Int32) {
    self.descriptor = descriptor
    buffer.reserveCapacity(capacity)
  }

  mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= capacity { flush() }
  }

  mutating func flush() {
    var offset = 0
    buffer.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      while offset < raw.count {
        let written = systemWrite(descriptor, base + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return
        }
        offset += written
      }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Whether the descriptor is a terminal.
  var isTerminal: Bool { isatty(descriptor) == 1 }
}

@inline(__always)
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, pointer, count)
}
