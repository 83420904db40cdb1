/// A set of token hashes for the anchor scanner's one question, "is this
/// English word among the Latin tokens of the Chinese side?", asked for
/// every English word: open addressing on the hashes themselves (already
/// well mixed by FNV-1a), so a lookup is a mask and a probe or two, with no
/// `Hasher` in the way.
///
/// A set filled by ``insert(_:length:first:last:)`` also knows the
/// ``shapes`` of its tokens (byte length, first and last byte), so that the
/// scanner can rule out almost every English word from its shape alone,
/// before hashing it. The Latin tokens of a Chinese translation are few (17
/// distinct ones in a section of the benchmark transcript, on average), and
/// about 1 English word in 20 has the shape of one of them.
struct TokenSet: Sendable {
  /// Slots holding a hash, or 0 for empty (a hash of 0 is kept in ``hasZero``).
  private var slots: [UInt64] = []
  private var hasZero = false
  private var mask = 0
  /// The number of nonzero hashes in ``slots``.
  private var count = 0
  /// The shapes of the tokens; all shapes when the set was made from hashes alone.
  private(set) var shapes: TokenShapes

  /// An empty set, to be filled by ``insert(_:length:first:last:)``.
  init() {
    shapes = TokenShapes()
  }

  /// An empty set to hold the place of one being filled elsewhere.
  static let placeholder = TokenSet()

  /// The set of `tokens`, whose shapes are unknown: ``shapes`` then rules out nothing.
  init(_ tokens: some Sequence<UInt64>) {
    shapes = .all
    for value in tokens { insert(value) }
  }

  /// Adds the hash of a token of `length` bytes from `first` to `last`.
  mutating func insert(_ value: UInt64, length: Int, first: UInt8, last: UInt8) {
    shapes.insert(length: length, first: first, last: last)
    insert(value)
  }

  private mutating func insert(_ value: UInt64) {
    guard value != 0 else {
      hasZero = true
      return
    }
    if (count + 1) * 2 > slots.count { grow() }
    var index = Int(truncatingIfNeeded: value) & mask
    while slots[index] != 0 {
      if slots[index] == value { return }
      index = (index + 1) & mask
    }
    slots[index] = value
    count += 1
  }

  /// Doubles the table (8 slots at first), keeping it at most half full.
  private mutating func grow() {
    let old = slots
    slots = [UInt64](repeating: 0, count: max(8, old.count * 2))
    mask = slots.count - 1
    count = 0
    for value in old where value != 0 { insert(value) }
  }

  /// FNV-1a's offset basis: the hash of nothing.
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a's step: `hash` with `value` mixed in.
  @inline(__always)
  static func mix(_ hash: UInt64, _ value: UInt8) -> UInt64 {
    (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
  }

  /// FNV-1a of `bytes` with ASCII letters lowercased (every byte `| 0x20`),
  /// as the anchor scanner hashes a token.
  static func lowercasedHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
    bytes.reduce(offsetBasis) { mix($0, $1 | 0x20) }
  }

  /// Whether `value` is in the set.
  func contains(_ value: UInt64) -> Bool {
    guard value != 0 else { return hasZero }
    guard count > 0 else { return false }
    var index = Int(truncatingIfNeeded: value) & mask
    while true {
      let slot = slots[index]
      if slot == value { return true }
      if slot == 0 { return false }
      index = (index + 1) & mask
    }
  }
}
