/// An error that Bitext reports for input it cannot read or accept.
///
/// Every case names the input (a file path, or `<stdin>`) and, where the
/// problem has one, the 1-based line or the 0-based byte offset. The
/// ``description`` reads like a compiler diagnostic:
///
/// ```
/// talk.md:3: unterminated front matter: no closing '---' after the '---' on line 3
/// talk.md: byte 1234 (line 17): invalid UTF-8
/// ```
public enum BitextError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The input is not valid UTF-8; `byteOffset` is the first byte of the
  /// first invalid sequence (counted from the start of the file, BOM included).
  case invalidUTF8(file: String, byteOffset: Int, line: Int)
  /// The input starts with a byte order mark of an encoding other than UTF-8.
  case unsupportedEncoding(file: String, encoding: String)
  /// The input contains a NUL byte, so it is binary data rather than text.
  case binaryContent(file: String, byteOffset: Int, line: Int)
  /// Front matter opened with `---` on `line` is never closed.
  case unterminatedFrontMatter(file: String, line: Int)
  /// The path does not exist.
  case fileNotFound(file: String)
  /// The path names a directory where a file was expected.
  case isDirectory(file: String)
  /// The input is larger than the configured limit.
  case inputTooLarge(file: String, size: Int, limit: Int)
  /// The input could not be read; `reason` is the operating system's message.
  case unreadable(file: String, reason: String)
  /// An output file could not be created or written; `reason` is the operating system's message.
  case unwritable(file: String, reason: String)

  /// The input the error is about: a path, or `<stdin>`.
  public var file: String {
    switch self {
    case .invalidUTF8(let file, _, _), .unsupportedEncoding(let file, _),
      .binaryContent(let file, _, _), .unterminatedFrontMatter(let file, _),
      .fileNotFound(let file), .isDirectory(let file), .inputTooLarge(let file, _, _),
      .unreadable(let file, _), .unwritable(let file, _):
      return file
    }
  }

  /// The 1-based line the error points at, when it has one.
  public var line: Int? {
    switch self {
    case .invalidUTF8(_, _, let line), .binaryContent(_, _, let line),
      .unterminatedFrontMatter(_, let line):
      return line
    default:
      return nil
    }
  }

  /// A one-line message in the form `FILE:LINE: message` or `FILE: message`.
  public var description: String {
    switch self {
    case .invalidUTF8(let file, let offset, let line):
      return "\(file):\(line): invalid UTF-8 at byte offset \(offset)"
    case .unsupportedEncoding(let file, let encoding):
      return "\(file): not UTF-8: the file starts with a \(encoding) byte order mark; convert it to UTF-8"
    case .binaryContent(let file, let offset, let line):
      return "\(file):\(line): NUL byte at byte offset \(offset); this looks like a binary file, not text"
    case .unterminatedFrontMatter(let file, let line):
      return "\(file):\(line): unterminated front matter: no closing '---' after the '---' on line \(line)"
    case .fileNotFound(let file):
      return "\(file): no such file"
    case .isDirectory(let file):
      return "\(file): is a directory, not a file"
    case .inputTooLarge(let file, let size, let limit):
      return "\(file): input is \(size) bytes, more than the limit of \(limit) bytes"
    case .unreadable(let file, let reason):
      return "\(file): cannot read: \(reason)"
    case .unwritable(let file, let reason):
      return "\(file): cannot write: \(reason)"
    }
  }
}
