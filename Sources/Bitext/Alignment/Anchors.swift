/// Cheap lexical anchors of a paragraph: the numbers it states and the Latin
/// tokens it contains, hashed so that a translation can be matched with its
/// source without a dictionary.
///
/// Numbers are normalized to their value, with unit awareness on both sides:
/// `$750 billion` and `7500亿美元` are both 7.5 × 10¹¹, `15%` and `15％` are
/// the same percentage, `2025` and `2025年` the same year. Latin tokens
/// (`GPT-4`, `COO`, `Sunny`) are compared case-insensitively.
struct Anchors: Sendable, Hashable {
  /// Hashes of the numbers, sorted, without duplicates.
  var numbers: [UInt64] = []
  /// Hashes of the lowercased Latin tokens, sorted, without duplicates.
  var tokens: [UInt64] = []
  /// The ``numbers`` large enough (≥ 10, or a percentage) that a
  /// translation is expected to repeat them in digits.
  var significantNumbers: [UInt64] = []
  /// Sentence ends: `.`, `?`, `!` before a space or the end, and `。？！`.
  /// Translators keep sentences, so the counts of a pair agree.
  var sentences = 0
  /// The number of sentences, counting a last one without a sentence end.
  var sentenceSpans = 1
  /// The lengths (as the aligner counts them) of the first sentences.
  var head = SentenceLengths()
  /// The lengths of the last sentences, in document order.
  var tail = SentenceLengths()

  init() {}

  /// Extracts the anchors of `text`, keeping only the Latin tokens in
  /// `vocabulary` when it is given; `chinese` text counts the Latin letters
  /// of its sentences a third, as `Block.alignmentLength` does.
  init(_ text: Substring, vocabulary: TokenSet? = nil, chinese: Bool = false) {
    var copy = text
    self = copy.withUTF8 { Anchors(bytes: $0, vocabulary: vocabulary, chinese: chinese) }
  }

  /// Extracts the anchors of UTF-8 `bytes`.
  init(bytes: UnsafeBufferPointer<UInt8>, vocabulary: TokenSet? = nil, chinese: Bool = false) {
    var scanner = AnchorScanner(bytes: bytes)
    scanner.vocabulary = vocabulary
    self.init(scanning: &scanner, chinese: chinese)
    // Moved (swapped with empty lists, which own no storage): the scanner is not used again.
    swap(&numbers, &scanner.lists.numbers)
    swap(&tokens, &scanner.lists.tokens)
    swap(&significantNumbers, &scanner.lists.significant)
  }

  /// The three lists of a paragraph's anchors (``numbers``, ``tokens``,
  /// ``significantNumbers``), kept apart from the anchors: the DP aligner
  /// scans a section's paragraphs with one `Lists` as the scanner's storage
  /// and moves each paragraph's lists into its section's anchor table, so
  /// that no paragraph allocates three arrays of its own.
  struct Lists {
    /// Normalized numbers (``Anchors/numbers``).
    var numbers: [UInt64] = []
    /// Latin tokens (``Anchors/tokens``).
    var tokens: [UInt64] = []
    /// Numbers whose absence on the other side counts (``Anchors/significantNumbers``).
    var significant: [UInt64] = []

    /// Empties the lists, keeping their storage for the next paragraph.
    mutating func removeAll() {
      numbers.removeAll(keepingCapacity: true)
      tokens.removeAll(keepingCapacity: true)
      significant.removeAll(keepingCapacity: true)
    }
  }

  /// Extracts the anchors of `text` into `lists` (sorted, without
  /// duplicates; they must be empty), leaving the anchors' own lists empty.
  /// When `collecting`, every Latin token is kept and added to `vocabulary`;
  /// else only those in `vocabulary` are kept.
  init(_ text: Substring, chinese: Bool, vocabulary: inout TokenSet, collecting: Bool, into lists: inout Lists) {
    var copy = text
    self = copy.withUTF8 { bytes in
      var scanner = AnchorScanner(bytes: bytes)
      scanner.collecting = collecting
      // Both moved in and out: the set is not shared (and copied) while it grows,
      // and the lists keep their storage from paragraph to paragraph.
      scanner.vocabulary = vocabulary
      vocabulary = TokenSet.placeholder
      swap(&scanner.lists, &lists)
      defer {
        vocabulary = scanner.vocabulary ?? TokenSet()
        swap(&scanner.lists, &lists)
      }
      return Anchors(scanning: &scanner, chinese: chinese)
    }
  }

  /// The anchors `scanner` finds in its bytes; its lists are left sorted,
  /// without duplicates, to the caller.
  private init(scanning scanner: inout AnchorScanner, chinese: Bool) {
    let bytes = scanner.bytes
    scanner.scan()
    Self.makeUnique(&scanner.lists.numbers)
    Self.makeUnique(&scanner.lists.tokens)
    Self.makeUnique(&scanner.lists.significant)
    sentences = scanner.sentences
    let boundaries = scanner.interiorBoundaries()
    sentenceSpans = boundaries.count + 1
    // Sentence k spans [start(k), start(k + 1)), with start(0) = 0 and the last ending at the text's end.
    func end(of sentence: Int) -> Int { sentence < boundaries.count ? boundaries[sentence] : bytes.count }
    func start(of sentence: Int) -> Int { sentence == 0 ? 0 : boundaries[sentence - 1] }
    // In ASCII text (all the English of a usual transcript) a sentence's length is its byte count.
    let ascii = !chinese && Self.isASCII(bytes)
    func length(of sentence: Int) -> Int {
      if ascii { return end(of: sentence) - start(of: sentence) }
      return Self.length(
        of: UnsafeBufferPointer(rebasing: bytes[start(of: sentence)..<end(of: sentence)]), chinese: chinese)
    }
    let capacity = SentenceLengths.capacity
    for sentence in 0..<min(capacity, sentenceSpans) { head.append(length(of: sentence)) }
    if sentenceSpans <= capacity {
      tail = head
    } else {
      for sentence in (sentenceSpans - capacity)..<sentenceSpans { tail.append(length(of: sentence)) }
    }
  }

  /// The aligner's length of UTF-8 `bytes`: Unicode scalars, with Latin
  /// letters counted a third in `chinese` text (see `Block.alignmentLength`).
  static func length(of bytes: UnsafeBufferPointer<UInt8>, chinese: Bool) -> Int {
    // The parser's counter: eight ASCII bytes at a time, ideographs by lead byte.
    let counts = ScriptCounts(bytes: bytes, countingDigits: false)
    let latin = counts.latinLetters
    return chinese ? counts.scalars - latin + latin / 3 : counts.scalars
  }

  /// Whether every byte is below 0x80, eight at a time.
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    var union: UInt64 = 0
    var offset = 0
    while offset + 8 <= bytes.count {
      union |= UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
      offset += 8
    }
    while offset < bytes.count {
      union |= UInt64(bytes[offset])
      offset += 1
    }
    return union & 0x8080_8080_8080_8080 == 0
  }

  /// Sorts `values` and removes duplicates, in place.
  private static func makeUnique(_ values: inout [UInt64]) {
    guard values.count > 1 else { return }
    values.sort()
    var count = 1
    for index in 1..<values.count where values[index] != values[count - 1] {
      values[count] = values[index]
      count += 1
    }
    values.removeLast(values.count - count)
  }
}

/// The lengths of up to three consecutive sentences, stored inline.
struct SentenceLengths: Sendable, Hashable {
  /// How many sentences a paragraph's head or tail keeps.
  static let capacity = 3
  private var first: Int32 = 0
  private var second: Int32 = 0
  private var third: Int32 = 0
  /// The number of sentences kept.
  private(set) var count = 0

  /// The length of sentence `index` (0 ..< count).
  subscript(index: Int) -> Int {
    assert(index < count, "SentenceLengths index out of range")
    return switch index {
    case 0: Int(first)
    case 1: Int(second)
    default: Int(third)
    }
  }

  /// Appends a length if there is room.
  mutating func append(_ length: Int) {
    let value = Int32(clamping: length)
    switch count {
    case 0: first = value
    case 1: second = value
    case 2: third = value
    default: return
    }
    count += 1
  }
}

/// Offsets in increasing order, of which only the first four and the last
/// four are kept (all that sentence windows of three need), without allocating.
struct BoundaryLog {
  private var first = (0, 0, 0, 0)
  private var last = (0, 0, 0, 0)
  /// How many offsets were appended.
  private(set) var count = 0

  private static func get(_ tuple: (Int, Int, Int, Int), _ slot: Int) -> Int {
    switch slot {
    case 0: tuple.0
    case 1: tuple.1
    case 2: tuple.2
    default: tuple.3
    }
  }

  private static func set(_ tuple: inout (Int, Int, Int, Int), _ slot: Int, _ value: Int) {
    switch slot {
    case 0: tuple.0 = value
    case 1: tuple.1 = value
    case 2: tuple.2 = value
    default: tuple.3 = value
    }
  }

  /// Appends an offset.
  mutating func append(_ offset: Int) {
    if count < 4 { Self.set(&first, count, offset) }
    Self.set(&last, count % 4, offset)
    count += 1
  }

  /// Forgets the last offset (only the one just appended is still known exactly).
  mutating func removeLast() {
    count -= 1
  }

  /// Offset `index`, which must be among the first four or the last four
  /// appended (after ``removeLast()``, the last three before the removed one).
  subscript(index: Int) -> Int {
    assert(index < count && (index < 4 || index >= count - 3), "BoundaryLog keeps only its ends")
    return index < 4 ? Self.get(first, index) : Self.get(last, index % 4)
  }
}

/// The byte-level scanner behind ``Anchors``.
private struct AnchorScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  /// What the scan finds; on return unsorted, with duplicates.
  var lists = Anchors.Lists()
  /// The Latin tokens worth keeping, or `nil` to keep all; while
  /// ``collecting``, the set every token found is added to.
  var vocabulary: TokenSet?
  /// Whether to keep every token and add it to ``vocabulary``.
  var collecting = false
  var sentences = 0
  var index = 0
  /// Byte offsets just after the sentence ends: the first four and the last four.
  var ends = BoundaryLog()

  init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Whether a sentence end (`。？！`, or `.?!` before a space or the end)
  /// starts at `offset`: `……` right before one does not end a sentence itself.
  private func endsSentence(at offset: Int) -> Bool {
    guard let value = byte(offset) else { return false }
    if value == UInt8(ascii: ".") || value == UInt8(ascii: "?") || value == UInt8(ascii: "!") { return true }
    if value == 0xE3 { return byte(offset + 1) == 0x80 && byte(offset + 2) == 0x82 }
    if value == 0xEF, byte(offset + 1) == 0xBC, let last = byte(offset + 2) { return last == 0x9F || last == 0x81 }
    return false
  }

  /// Records a sentence end just before byte `offset`.
  private mutating func sentenceEnd(at offset: Int) {
    sentences += 1
    ends.append(offset)
  }

  /// The offsets where one sentence ends and the next begins: the sentence
  /// ends, without a final one followed only by spaces, quotes or brackets.
  func interiorBoundaries() -> BoundaryLog {
    guard ends.count > 0 else { return ends }
    var rest = ends[ends.count - 1]
    while rest < bytes.count, let width = trailingWidth(at: rest) { rest += width }
    var interior = ends
    if rest == bytes.count { interior.removeLast() }
    return interior
  }

  /// The byte count of the character at `offset` if it may follow a final
  /// sentence end: a space, an ASCII quote, `)` or `*`, or one of ”’」』）.
  private func trailingWidth(at offset: Int) -> Int? {
    let value = bytes[offset]
    if value == 0x20 || value == 0x0A || value == 0x22 || value == 0x27 || value == 0x29 || value == 0x2A {
      return 1
    }
    guard offset + 2 < bytes.count else { return nil }
    let second = bytes[offset + 1]
    let third = bytes[offset + 2]
    let closing =
      (value == 0xE2 && second == 0x80 && (third == 0x9D || third == 0x99))  // ” ’
      || (value == 0xE3 && second == 0x80 && (third == 0x8D || third == 0x8F))  // 」 』
      || (value == 0xEF && second == 0xBC && third == 0x89)  // ）
    return closing ? 3 : nil
  }

  private func byte(_ offset: Int) -> UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }

  private static func isDigit(_ value: UInt8) -> Bool {
    value >= 0x30 && value <= 0x39
  }

  mutating func scan() {
    // The shapes read once, not at each run of words (each read retains the set's storage).
    let shapes = collecting ? TokenShapes.all : vocabulary?.shapes ?? .all
    var previous: UInt8 = 0x20
    // The offset in a local (the numbers' and words' own loops take it in
    // ``index``): kept in the scanner, each step would store and load it.
    var position = index
    while position < bytes.count {
      let value = bytes[position]
      if value &- 0xE4 < 6 {
        // A CJK ideograph (U+4000–U+9FFF): nothing to find in it, nor in the run of them it starts.
        position = Self.skippingIdeographs(bytes, from: position + 1)
        previous = value
      } else if Self.isDigit(value) && !ASCIIWord.isLetter(previous) && previous != UInt8(ascii: "-") {
        index = position
        scanNumber()
        position = index
        previous = 0x30
      } else if ASCIIWord.isLetter(value) && !ASCIIWord.isLetter(previous) && !Self.isDigit(previous) {
        index = position
        scanTokens(shapes)
        position = index
        previous = 0x61
      } else {
        if value == UInt8(ascii: ".") || value == UInt8(ascii: "?") || value == UInt8(ascii: "!") {
          let next = byte(position + 1)
          if next == nil || next == 0x20 || next == 0x0A || next == UInt8(ascii: "\"") || next == UInt8(ascii: ")") {
            sentenceEnd(at: position + 1)
          }
        } else if value == 0xE3, byte(position + 1) == 0x80, byte(position + 2) == 0x82 {
          sentenceEnd(at: position + 3)  // 。
        } else if value == 0xEF, byte(position + 1) == 0xBC, let last = byte(position + 2), last == 0x9F || last == 0x81
        {
          sentenceEnd(at: position + 3)  // ？ ！
        } else if value == 0xE2, position + 5 < bytes.count, byte(position + 1) == 0x80, byte(position + 2) == 0xA6,
          byte(position + 3) == 0xE2, byte(position + 4) == 0x80, byte(position + 5) == 0xA6,
          !(byte(position + 6) == 0xE2 && byte(position + 7) == 0x80 && byte(position + 8) == 0xA6),
          !endsSentence(at: position + 6)
        {
          // A sentence boundary, but not counted: English transcripts trail off without one.
          ends.append(position + 6)  // ……
        }
        previous = value
        position += 1
        if value >= 0x80 {
          // The rest of a character of two bytes or more (such as `，`), and the ideographs after it.
          position = Self.skippingIdeographs(bytes, from: position)
        }
      }
    }
    index = position
  }

  /// The first offset from `offset` that does not hold a UTF-8 continuation
  /// byte (0x80–0xBF) or the lead byte of a CJK ideograph (E4–E9): in Chinese
  /// text, the next punctuation mark, Latin letter or digit. Neither kind of
  /// byte starts anything the scanner looks for, and `previous` need not tell
  /// them apart from the lead byte before them. Eight bytes at a time.
  private static func skippingIdeographs(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> Int {
    var position = offset
    if let base = bytes.baseAddress {
      while position + 8 <= bytes.count {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        // Continuation bytes: bit 7 set, bit 6 clear.
        let continuation = word & ~(word << 1)
        // E4–E9 are E0 ^ 04…09: with bit 7 cleared, 04…09 is a range test that
        // cannot carry into the next byte; bytes below 0x80 have bit 7 set after the ^.
        let flipped = word ^ 0xE0E0_E0E0_E0E0_E0E0
        let low = flipped & 0x7F7F_7F7F_7F7F_7F7F
        let ideograph = (low &+ 0x7C7C_7C7C_7C7C_7C7C) & ~(low &+ 0x7676_7676_7676_7676) & ~flipped
        let stops = ~(continuation | ideograph) & 0x8080_8080_8080_8080
        if stops != 0 { return position + stops.trailingZeroBitCount >> 3 }
        position += 8
      }
    }
    while position < bytes.count && (bytes[position] & 0xC0 == 0x80 || bytes[position] &- 0xE4 < 6) {
      position += 1
    }
    return position
  }

  /// Reads the token (letters, digits and inner hyphens) starting at the
  /// letter at ``index`` and, while a token is followed by a space and a
  /// letter, the next one: the common run of English words, in a loop of its
  /// own (the space between them is nothing else to the scanner).
  /// Words of a shape none of `shapes` has are not kept, and not hashed.
  private mutating func scanTokens(_ shapes: TokenShapes) {
    var position = index
    while true {
      let start = position
      position = tokenEnd(from: start &+ 1)
      let length = position &- start
      // One-letter words ("a", "I") carry no signal; a word of a shape no
      // token of the vocabulary has is not in it, and is not hashed.
      if length >= 2 && shapes.mayContain(length: length, first: bytes[start], last: bytes[position &- 1]) {
        keepToken(start..<position)
      }
      guard position &+ 1 < bytes.count, bytes[position] == 0x20, ASCIIWord.isLetter(bytes[position &+ 1]) else {
        break
      }
      position &+= 1
    }
    index = position
  }

  /// The end of the token whose letters and digits continue at `offset`:
  /// the first byte that is neither a letter nor a digit, except a hyphen
  /// between two of them. Eight bytes at a time where the buffer allows.
  @inline(__always)
  private func tokenEnd(from offset: Int) -> Int {
    var position = offset
    while true {
      if position &+ 8 <= bytes.count, let base = bytes.baseAddress {
        let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
        let stops = ~ASCIIWord.alphanumericBits(word) & 0x8080_8080_8080_8080
        if stops == 0 {
          position &+= 8
          continue
        }
        position &+= stops.trailingZeroBitCount >> 3
      } else {
        while position < bytes.count && (ASCIIWord.isLetter(bytes[position]) || Self.isDigit(bytes[position])) {
          position &+= 1
        }
      }
      guard position &+ 1 < bytes.count, bytes[position] == UInt8(ascii: "-"),
        ASCIIWord.isLetter(bytes[position &+ 1]) || Self.isDigit(bytes[position &+ 1])
      else { return position }
      position &+= 2
    }
  }

  /// Keeps the token at `range` (two bytes or more) if it is worth keeping:
  /// every token when there is no vocabulary (added to it while
  /// ``collecting``), else only one in the vocabulary.
  @inline(never)
  private mutating func keepToken(_ range: Range<Int>) {
    let hash = tokenHash(range)
    if collecting {
      Self.insert(hash, into: &lists.tokens)
      vocabulary?.insert(hash, length: range.count, first: bytes[range.lowerBound], last: bytes[range.upperBound - 1])
    } else if vocabulary?.contains(hash) ?? true {
      Self.insert(hash, into: &lists.tokens)
    }
  }

  /// FNV-1a of a token's bytes, letters lowercased (digits and `-` already
  /// have the bit `| 0x20` sets).
  private func tokenHash(_ range: Range<Int>) -> UInt64 {
    TokenSet.lowercasedHash(bytes[range])
  }

  private mutating func scanNumber() {
    var integer: Double = 0
    var fraction: Double = 0
    var scale: Double = 1
    var digits = 0
    while let value = byte(index) {
      if Self.isDigit(value) {
        if scale < 1 {
          fraction += Double(value - 0x30) * scale
          scale /= 10
        } else {
          integer = integer * 10 + Double(value - 0x30)
        }
        digits += 1
        index += 1
      } else if value == UInt8(ascii: ","), scale == 1, let next = byte(index + 1), Self.isDigit(next),
        let third = byte(index + 3), Self.isDigit(third), byte(index + 2).map(Self.isDigit) == true
      {
        index += 1
      } else if value == UInt8(ascii: "."), scale == 1, let next = byte(index + 1), Self.isDigit(next) {
        scale = 0.1
        index += 1
      } else {
        break
      }
    }
    var number = integer + fraction
    var isPercent = false
    // Chinese units follow the digits directly; English ones after a space.
    if let multiplier = chineseMultiplier() {
      number *= multiplier
    } else if matches("%") || matches("％") {
      isPercent = true
    } else if let multiplier = englishMultiplier() {
      if multiplier == 0 { isPercent = true } else { number *= multiplier }
    }
    let hash = Self.hash(number, percent: isPercent)
    Self.insert(hash, into: &lists.numbers)
    if isPercent || number >= 10 { Self.insert(hash, into: &lists.significant) }
  }

  /// 万 10⁴, 亿 10⁸, 万亿 10¹², 千 10³, 百万 10⁶, 千万 10⁷ right after the digits.
  private mutating func chineseMultiplier() -> Double? {
    var multiplier: Double = 1
    var matched = false
    while true {
      if matches("万") {
        multiplier *= 1e4
      } else if matches("亿") {
        multiplier *= 1e8
      } else if matches("千") {
        multiplier *= 1e3
      } else if matches("百") {
        multiplier *= 1e2
      } else {
        break
      }
      matched = true
    }
    return matched ? multiplier : nil
  }

  /// `thousand`, `million`, `billion`, `trillion`, `percent`, or a `k`,
  /// `m`, `bn`, `b`, `t` suffix; 0 stands for `percent`.
  private mutating func englishMultiplier() -> Double? {
    let suffixes: [(StaticString, Double)] = [("k", 1e3), ("m", 1e6), ("bn", 1e9), ("b", 1e9), ("t", 1e12)]
    for (suffix, multiplier) in suffixes where matchesWord(suffix, at: index) {
      index += suffix.utf8CodeUnitCount
      return multiplier
    }
    var offset = index
    while byte(offset) == 0x20 { offset += 1 }
    guard offset > index else { return nil }
    let words: [(StaticString, Double)] = [
      ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12), ("percent", 0),
      ("per cent", 0),
    ]
    for (word, multiplier) in words where matchesWord(word, at: offset) {
      index = offset + word.utf8CodeUnitCount
      return multiplier
    }
    return nil
  }

  /// Whether `word` (lowercase ASCII) is at `offset`, case-insensitively, and not followed by a letter.
  private func matchesWord(_ word: StaticString, at offset: Int) -> Bool {
    let count = word.utf8CodeUnitCount
    guard offset + count <= bytes.count else { return false }
    let equal = word.withUTF8Buffer { pattern in
      (0..<count).allSatisfy { bytes[offset + $0] | 0x20 == pattern[$0] }
    }
    guard equal else { return false }
    return byte(offset + count).map { !ASCIIWord.isLetter($0) } ?? true
  }

  private mutating func matches(_ literal: StaticString) -> Bool {
    let count = literal.utf8CodeUnitCount
    guard index + count <= bytes.count else { return false }
    let equal = literal.withUTF8Buffer { pattern in
      (0..<count).allSatisfy { bytes[index + $0] == pattern[$0] }
    }
    if equal { index += count }
    return equal
  }

  /// A number's hash: its value to four significant digits, and whether it is a percentage.
  private static func hash(_ number: Double, percent: Bool) -> UInt64 {
    var value = number
    var exponent = 0
    while value >= 10_000 {
      value /= 10
      exponent += 1
    }
    let mantissa = UInt64(value.rounded())
    var hash = TokenSet.offsetBasis
    hash = TokenSet.mix(hash, percent ? 0x25 : 0x23)
    for shift in stride(from: 0, to: 64, by: 8) {
      hash = TokenSet.mix(hash, UInt8(truncatingIfNeeded: mantissa >> shift))
    }
    return TokenSet.mix(hash, UInt8(truncatingIfNeeded: exponent))
  }

  private static func insert(_ hash: UInt64, into list: inout [UInt64]) {
    // Room for a few at once: growing one by one would allocate at 1, 2 and 4.
    if list.capacity == 0 { list.reserveCapacity(8) }
    list.append(hash)
  }
}
