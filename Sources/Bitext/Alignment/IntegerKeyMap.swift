/// A map from nonzero 64-bit keys to 32-bit values, for the ``Lexicon``'s
/// lookups (a packed Chinese word, a packed English stem) asked for every
/// ideograph and word of the paragraphs it reads: open addressing with a
/// multiplicative hash, so a lookup is a multiply, a shift and a probe or
/// two, with no `Hasher` in the way.
struct IntegerKeyMap: Sendable {
  /// The slots' keys, 0 for an empty slot; a power of two of them.
  private var keys: [UInt64] = []
  /// The slots' values.
  private var values: [Int32] = []
  /// 64 less the base-2 logarithm of the slot count: a hash's top bits pick its slot.
  private var shift: UInt64 = 64
  /// The number of keys.
  private(set) var count = 0

  /// An empty map.
  init() {}

  /// An empty map with room for `count` keys before it grows.
  init(minimumCapacity count: Int) {
    var size = 16
    while size < count * 2 { size *= 2 }
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: 0, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
  }

  /// The value of `key`, or `nil`.
  subscript(key: UInt64) -> Int32? {
    guard count > 0, key != 0 else { return nil }
    let mask = keys.count - 1
    var index = slot(key)
    while true {
      let slot = keys[index]
      if slot == key { return values[index] }
      if slot == 0 { return nil }
      index = (index + 1) & mask
    }
  }

  /// Sets the value of a nonzero `key` (a key of 0 is ignored).
  mutating func set(_ key: UInt64, _ value: Int32) {
    guard key != 0 else { return }
    if (count + 1) * 2 > keys.count { grow() }
    let mask = keys.count - 1
    var index = slot(key)
    while keys[index] != 0 && keys[index] != key { index = (index + 1) & mask }
    if keys[index] == 0 { count += 1 }
    keys[index] = key
    values[index] = value
  }

  /// The first slot to probe for `key` (Fibonacci hashing).
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// Doubles the table (16 slots at first), keeping it at most half full.
  private mutating func grow() {
    let oldKeys = keys
    let oldValues = values
    let size = max(16, oldKeys.count * 2)
    keys = [UInt64](repeating: 0, count: size)
    values = [Int32](repeating: 0, count: size)
    shift = UInt64(64 - size.trailingZeroBitCount)
    count = 0
    for (key, value) in zip(oldKeys, oldValues) where key != 0 { set(key, value) }
  }
}
