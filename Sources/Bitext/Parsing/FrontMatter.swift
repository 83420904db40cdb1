/// The YAML front matter at the top of a document, between two `---` lines.
///
/// Bitext reads the flat subset that transcripts use: `key: value` with plain
/// or quoted values, `key: [a, b]`, and `key:` followed by `  - item` lines.
/// Entries keep their order. A value of any other shape (nested maps, block
/// scalars) is kept as ``Value/raw(_:)`` text, never an error.
public struct FrontMatter: Sendable, Hashable {
  /// A front matter value.
  public enum Value: Sendable, Hashable {
    /// A scalar, with quotes removed and escapes resolved.
    case string(String)
    /// A list of scalars.
    case list([String])
    /// Text of a shape Bitext does not interpret, as written.
    case raw(String)
  }

  /// One `key: value` entry.
  public struct Entry: Sendable, Hashable {
    /// The key.
    public var key: String
    /// The value.
    public var value: Value

    /// Creates an entry.
    public init(key: String, value: Value) {
      self.key = key
      self.value = value
    }
  }

  /// The entries, in document order.
  public var entries: [Entry]
  /// The 1-based line of the opening `---`.
  public var line: Int
  /// The 1-based line of the closing `---`.
  public var endLine: Int

  /// Creates front matter from its entries.
  public init(entries: [Entry], line: Int = 1, endLine: Int = 1) {
    self.entries = entries
    self.line = line
    self.endLine = endLine
  }

  /// The value of the first entry named `key`.
  public subscript(key: String) -> Value? {
    entries.first { $0.key == key }?.value
  }

  /// The value of `key` as a single string (a list's items joined by ", ").
  public func string(_ key: String) -> String? {
    switch self[key] {
    case .string(let text), .raw(let text): return text
    case .list(let items): return items.joined(separator: ", ")
    case nil: return nil
    }
  }
}

extension FrontMatter.Value: Codable {
  /// Decodes a string or an array of strings; anything else fails.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let items = try? container.decode([String].self) {
      self = .list(items)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  /// Encodes a string or list as a JSON string or array; raw text as a string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .string(let text), .raw(let text): try container.encode(text)
    case .list(let items): try container.encode(items)
    }
  }
}

extension FrontMatter: Codable {
  private struct Key: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// Decodes front matter from a JSON object (entry order is the decoder's).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: Key.self)
    self.entries = try container.allKeys.map {
      Entry(key: $0.stringValue, value: try container.decode(Value.self, forKey: $0))
    }
    self.line = 1
    self.endLine = 1
  }

  /// Encodes the entries as one JSON object, in document order.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Key.self)
    var seen = Set<String>()
    for entry in entries where seen.insert(entry.key).inserted {
      try container.encode(entry.value, forKey: Key(stringValue: entry.key))
    }
  }
}
