#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file or standard input into validated UTF-8 text.
///
/// The whole input is read once, into the `String` that the parsed document
/// then slices: paragraphs keep `Substring`s of it, never copies. Bad input
/// fails with a ``BitextError`` that names the input and the position.
///
/// ```swift
/// let text = try InputReader().read(path: "talk.md")
/// ```
public struct InputReader: Sendable {
  /// The largest input accepted, in bytes. Larger inputs are refused with
  /// ``BitextError/inputTooLarge(file:size:limit:)`` before anything is read.
  public var maximumSize: Int

  /// The name used for standard input in messages.
  public static let standardInputName = "<stdin>"

  /// Creates a reader that accepts inputs of up to `maximumSize` bytes (4 GiB by default).
  public init(maximumSize: Int = 4 << 30) {
    self.maximumSize = maximumSize
  }

  /// Reads the file at `path` (or standard input for `-`) as UTF-8 text.
  public func read(path: String) throws(BitextError) -> String {
    if path == "-" { return try readStandardInput() }
    let descriptor = open(path, O_RDONLY)
    if descriptor < 0 {
      let code = errno
      if code == ENOENT || code == ENOTDIR { throw .fileNotFound(file: path) }
      if code == EISDIR { throw .isDirectory(file: path) }
      throw .unreadable(file: path, reason: Self.message(for: code))
    }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      throw .unreadable(file: path, reason: Self.message(for: errno))
    }
    if (status.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(file: path) }
    let isRegular = (status.st_mode & S_IFMT) == S_IFREG
    let size = Int(status.st_size)
    if isRegular && size > maximumSize {
      throw .inputTooLarge(file: path, size: size, limit: maximumSize)
    }
    if isRegular && size > 0 {
      return try readKnownSize(descriptor, size: size, file: path)
    }
    return try readStream(descriptor, file: path)
  }

  /// Reads standard input to its end as UTF-8 text.
  public func readStandardInput() throws(BitextError) -> String {
    try readStream(STDIN_FILENO, file: Self.standardInputName)
  }

  /// Validates `bytes` as UTF-8 text, as ``read(path:)`` does for a file.
  public func decode(_ bytes: some Collection<UInt8>, file: String) throws(BitextError) -> String {
    if bytes.count > maximumSize {
      throw .inputTooLarge(file: file, size: bytes.count, limit: maximumSize)
    }
    let array = Array(bytes)
    return try array.withUnsafeBufferPointer { (buffer) throws(BitextError) -> String in
      try UTF8Validation.validate(buffer, file: file)
      return String(decoding: buffer, as: UTF8.self)
    }
  }

  // A regular file: one allocation of the file's size, filled by read(2)
  // and validated before the String takes it over.
  private func readKnownSize(_ descriptor: Int32, size: Int, file: String) throws(BitextError) -> String {
    var failure: BitextError?
    let text = String(unsafeUninitializedCapacity: size) { buffer in
      guard let base = buffer.baseAddress else { return 0 }
      var filled = 0
      while filled < size {
        let count = systemRead(descriptor, base + filled, size - filled)
        if count < 0 {
          if errno == EINTR { continue }
          failure = .unreadable(file: file, reason: Self.message(for: errno))
          return 0
        }
        if count == 0 { break }
        filled += count
      }
      do throws(BitextError) {
        try UTF8Validation.validate(UnsafeBufferPointer(rebasing: buffer[..<filled]), file: file)
      } catch {
        failure = error
        return 0
      }
      return filled
    }
    if let failure { throw failure }
    return text
  }

  // A pipe, a terminal or a file whose size is unknown: read in chunks.
  private func readStream(_ descriptor: Int32, file: String) throws(BitextError) -> String {
    var bytes: [UInt8] = []
    let chunk = 1 << 16
    while true {
      let start = bytes.count
      bytes.reserveCapacity(start + chunk)
      var readCount = 0
      var readError: Int32 = 0
      bytes.append(contentsOf: repeatElement(0, count: chunk))
      bytes.withUnsafeMutableBufferPointer { buffer in
        guard let base = buffer.baseAddress else { return }
        repeat {
          readCount = systemRead(descriptor, base + start, chunk)
          readError = readCount < 0 ? errno : 0
        } while readCount < 0 && readError == EINTR
      }
      if readCount < 0 {
        if readError == EISDIR { throw .isDirectory(file: file) }
        throw .unreadable(file: file, reason: Self.message(for: readError))
      }
      bytes.removeLast(chunk - readCount)
      if readCount == 0 { break }
      if bytes.count > maximumSize {
        throw .inputTooLarge(file: file, size: bytes.count, limit: maximumSize)
      }
    }
    return try decode(bytes, file: file)
  }

  private static func message(for code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }
}

// `read` is shadowed inside InputReader by its own `read(path:)` method.
@inline(__always)
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
