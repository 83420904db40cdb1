/// A set of token hashes for the anchor scanner's one question, "is this
/// English word among the Latin tokens of the Chinese side?", asked for
/// every English word: open addressing on the hashes themselves (already
/// well mixed by FNV-1a), so a lookup is a mask and a probe or two, with no
/// `Hasher` in the way.
struct TokenSet: Sendable {
  /// Slots holding a hash, or 0 for empty (a hash of 0 is kept in ``hasZero``).
  private var slots: [UInt64]
  private var hasZero = false
  private let mask: Int

  /// The set of `tokens`.
  init(_ tokens: some Sequence<UInt64>) {
    let values = Array(tokens)
    var capacity = 8
    while capacity < values.count * 2 { capacity *= 2 }
    slots = [UInt64](repeating: 0, count: capacity)
    mask = capacity - 1
    for value in values { insert(value) }
  }

  private mutating func insert(_ value: UInt64) {
    guard value != 0 else {
      hasZero = true
      return
    }
    var index = Int(truncatingIfNeeded: value) & mask
    while slots[index] != 0 {
      if slots[index] == value { return }
      index = (index + 1) & mask
    }
    slots[index] = value
  }

  /// Whether `value` is in the set.
  func contains(_ value: UInt64) -> Bool {
    guard value != 0 else { return hasZero }
    var index = Int(truncatingIfNeeded: value) & mask
    while true {
      let slot = slots[index]
      if slot == value { return true }
      if slot == 0 { return false }
      index = (index + 1) & mask
    }
  }
}
