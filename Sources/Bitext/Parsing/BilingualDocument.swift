import Foundation

/// A parsed bilingual (or monolingual) Markdown document: front matter,
/// then sections of blocks, each with its source position.
///
/// ```swift
/// let document = try BilingualDocument(contentsOf: "talk.md")
/// for section in document.sections {
///   print(section.heading?.text ?? "(untitled)", section.blocks.count)
/// }
/// ```
///
/// Parsing works on the UTF-8 bytes of ``text`` in one pass; blocks and
/// headings are slices of ``text``, not copies.
public struct BilingualDocument: Sendable, Hashable {
  /// The name of the input (a path as given, `<stdin>`, or `nil`), used in messages and output.
  public var source: String?
  /// The front matter, or `nil` when the document has none.
  public var frontMatter: FrontMatter?
  /// The sections in document order. An empty document has none.
  public var sections: [Section]
  /// The whole text of the input as given; blocks and headings are slices of it.
  public var text: String

  /// Creates a document from its parts.
  public init(source: String?, frontMatter: FrontMatter?, sections: [Section], text: String = "") {
    self.source = source
    self.frontMatter = frontMatter
    self.sections = sections
    self.text = text
  }

  /// Parses `text`.
  ///
  /// - Parameters:
  ///   - text: The document. A leading byte order mark is skipped; LF, CRLF
  ///     and CR line endings are equivalent.
  ///   - source: The name used for the input in errors and output.
  /// - Throws: ``BitextError/unterminatedFrontMatter(file:line:)``.
  public init(parsing text: String, source: String? = nil) throws(BitextError) {
    self = try DocumentParser(text: text, source: source).parse()
  }

  /// Parses `text`, naming its source by a URL (its path is used in messages).
  public init(parsing text: String, source: URL?) throws(BitextError) {
    try self.init(parsing: text, source: source.map { $0.isFileURL ? $0.path : $0.absoluteString })
  }

  /// Reads and parses the file at `path` (`-` reads standard input).
  ///
  /// - Throws: a ``BitextError`` naming the file for a missing, unreadable or
  ///   invalid input: a directory, invalid UTF-8 (with the byte offset),
  ///   UTF-16, NUL bytes, or unterminated front matter (with its line).
  public init(contentsOf path: String, reader: InputReader = InputReader()) throws(BitextError) {
    let text = try reader.read(path: path)
    try self.init(parsing: text, source: path == "-" ? InputReader.standardInputName : path)
  }

  /// Reads and parses the file at `url`.
  public init(contentsOf url: URL, reader: InputReader = InputReader()) throws(BitextError) {
    try self.init(contentsOf: url.path, reader: reader)
  }

  /// All blocks of all sections, in document order.
  public var blocks: [Block] {
    sections.flatMap(\.blocks)
  }
}
