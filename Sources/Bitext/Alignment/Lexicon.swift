/// A Chinese→English word list, built once from ``data`` (common words of
/// CC-CEDICT, see `Scripts/generate-lexicon.py`), that tells whether a short
/// paragraph's words have translations in a stretch of the other language.
///
/// English words are compared by a crude stem (see ``EnglishWord``); Chinese
/// text is cut into the list's words by longest match. Function words of
/// either language are not evidence: English ones are skipped, Chinese ones
/// are in the list without glosses (so that segmenting steps over them).
struct Lexicon: Sendable {
  /// The list of the bundled data, parsed on first use.
  static let shared = Lexicon(data: Lexicon.data)

  /// A Chinese word of one to four ideographs of the Basic Multilingual
  /// Plane, 16 bits each, packed into a key → its entry in ``wordGlosses``.
  private var words = IntegerKeyMap()
  /// Per word, its glosses' stems, as a range of ``glossStems``.
  private var wordGlosses: [Range<Int32>] = []
  /// The stems of every word's glosses, one list after another.
  private var glossStems: [Int32] = []
  /// English stem (see ``EnglishWord/stem(_:)``) → its number.
  private var stemNumbers = IntegerKeyMap()
  /// The number of distinct English stems (stem numbers are below it).
  var stemCount: Int { stemNumbers.count }
  /// The longest word of the list, in ideographs.
  private(set) var longestWord = 1

  /// Parses `word english english …` lines, on their UTF-8 bytes.
  init(data: String) {
    var data = data
    data.withUTF8 { parse($0) }
  }

  private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
    // About one word a line, and as many distinct stems as words, per 32 bytes.
    let lines = bytes.count / 32
    words = IntegerKeyMap(minimumCapacity: lines)
    wordGlosses.reserveCapacity(lines)
    stemNumbers = IntegerKeyMap(minimumCapacity: lines)
    glossStems.reserveCapacity(bytes.count / 6)
    var index = 0
    while index < bytes.count {
      // The word: ideographs up to the first space or the line's end.
      var end = index
      while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
      let key = Self.key(bytes, index..<end)
      let start = Int32(glossStems.count)
      index = end
      // Its English words, separated by spaces.
      while index < bytes.count && bytes[index] != 0x0A {
        index += 1
        var wordEnd = index
        while wordEnd < bytes.count && bytes[wordEnd] != 0x20 && bytes[wordEnd] != 0x0A { wordEnd += 1 }
        defer { index = wordEnd }
        guard key != nil, wordEnd > index else { continue }
        guard let stem = EnglishWord.stem(ifContent: UnsafeBufferPointer(rebasing: bytes[index..<wordEnd])) else {
          continue
        }
        let number: Int32
        if let known = stemNumbers[stem] {
          number = known
        } else {
          number = Int32(stemNumbers.count)
          stemNumbers.set(stem, number)
        }
        if !glossStems[Int(start)...].contains(number) { glossStems.append(number) }
      }
      index += 1  // the line's end
      guard let key else { continue }
      words.set(key.packed, Int32(wordGlosses.count))
      wordGlosses.append(start..<Int32(glossStems.count))
      longestWord = max(longestWord, key.length)
    }
  }

  /// The packed key of the word in `range` of `bytes` and its length in
  /// ideographs, or `nil` if it is not one to four ideographs U+4E00…U+9FFF.
  private static func key(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (packed: UInt64, length: Int)? {
    var packed: UInt64 = 0
    var length = 0
    var position = range.lowerBound
    while position < range.upperBound, length < 4, let value = ideograph(bytes, at: position) {
      packed = packed << 16 | UInt64(value)
      length += 1
      position += 3
    }
    return position == range.upperBound && length > 0 ? (packed, length) : nil
  }

  /// CJK Unified Ideographs, U+4E00…U+9FFF.
  static func isIdeograph(_ value: UInt32) -> Bool { value >= 0x4E00 && value <= 0x9FFF }

  /// A paragraph's content words that the list knows, with their places.
  struct Words: Sendable {
    /// Per word, its UTF-8 offset in the paragraph, ascending.
    var offsets: [Int32] = []
    /// Per word, the UTF-8 offset just after it, ascending.
    var wordEnds: [Int32] = []
    /// Per word, where its stems end in ``stems`` (they start where the
    /// previous word's end): one stem for an English word, its glosses'
    /// stems for a Chinese one.
    var ends: [Int32] = []
    /// The stems of all words, one list after another, in the words' order.
    var stems: [Int32] = []
    /// The paragraph's length in UTF-8 bytes.
    var byteCount = 0

    /// The number of words.
    var count: Int { offsets.count }

    /// The words within the first (or, `atEnd`, the last) `share` of the
    /// paragraph's bytes, with the word the cut falls in.
    func indices(share: Double, atEnd: Bool) -> Range<Int> {
      guard share < 1 else { return offsets.indices }
      let cut = Int32((Double(byteCount) * (atEnd ? 1 - share : share)).rounded())
      // The first word that ends after the cut (at the end), or starts at or after it (at the start).
      let bounds = atEnd ? wordEnds : offsets
      var low = 0
      var high = bounds.count
      while low < high {
        let middle = (low + high) / 2
        if atEnd ? bounds[middle] <= cut : bounds[middle] < cut { low = middle + 1 } else { high = middle }
      }
      return atEnd ? low..<offsets.count : 0..<low
    }

    /// The stems of word `index`.
    func stems(of index: Int) -> ArraySlice<Int32> {
      stems[stemRange(index..<index + 1)]
    }

    /// The stems of the words `words`, one range of ``stems``.
    func stemRange(_ words: Range<Int>) -> Range<Int> {
      guard !words.isEmpty else { return 0..<0 }
      return (words.lowerBound == 0 ? 0 : Int(ends[words.lowerBound - 1]))..<Int(ends[words.upperBound - 1])
    }

    /// Appends the word of bytes `bytes` whose stems were just appended to ``stems``.
    mutating func appendWord(_ bytes: Range<Int>) {
      offsets.append(Int32(bytes.lowerBound))
      wordEnds.append(Int32(bytes.upperBound))
      ends.append(Int32(stems.count))
    }
  }

  /// The content words of English `text` the list knows, each as its stem's number.
  func englishWords(_ text: Substring) -> Words {
    Self.words(of: text) { bytes, result in
      var index = 0
      while index < bytes.count {
        guard ASCIIWord.isLetter(bytes[index]) else {
          index += 1
          continue
        }
        index = englishWord(bytes, from: index, into: &result)
      }
    }
  }

  /// Reads the word of letters starting at `start` into `result`; returns where it ends.
  private func englishWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, into result: inout Words) -> Int {
    var index = start
    while index < bytes.count && ASCIIWord.isLetter(bytes[index]) { index += 1 }
    guard let stem = EnglishWord.stem(ifContent: UnsafeBufferPointer(rebasing: bytes[start..<index])),
      let number = stemNumbers[stem]
    else { return index }
    result.stems.append(number)
    result.appendWord(start..<index)
    return index
  }

  /// The words `read` finds in the UTF-8 bytes of `text`.
  private static func words(of text: Substring, _ read: (UnsafeBufferPointer<UInt8>, inout Words) -> Void) -> Words {
    var copy = text
    return copy.withUTF8 { bytes in
      var result = Words()
      result.byteCount = bytes.count
      read(bytes, &result)
      return result
    }
  }

  /// The content words of Chinese `text` that the list knows, each with the
  /// stems of its glosses, cut by longest match in each run of ideographs.
  func chineseWords(_ text: Substring) -> Words {
    Self.words(of: text) { bytes, result in chineseWords(bytes, into: &result) }
  }

  private func chineseWords(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout Words) {
    var index = 0
    while index < bytes.count {
      guard let first = Self.ideograph(bytes, at: index) else {
        index += 1
        continue
      }
      // The one to four ideographs from here (three bytes each), packed 16 bits each.
      var packed = UInt64(first)
      var available = 1
      while available < longestWord, let next = Self.ideograph(bytes, at: index + 3 * available) {
        packed = packed << 16 | UInt64(next)
        available += 1
      }
      // Longest match first: the key of the first `length` drops the others' bits.
      var length = available
      while length > 0 {
        if let entry = words[packed >> UInt64(16 * (available - length))] {
          let glosses = wordGlosses[Int(entry)]
          if !glosses.isEmpty {
            result.stems.append(contentsOf: glossStems[Int(glosses.lowerBound)..<Int(glosses.upperBound)])
            result.appendWord(index..<index + 3 * length)
          }
          break
        }
        length -= 1
      }
      index += 3 * max(length, 1)
    }
  }

  /// The ideograph (U+4E00…U+9FFF: three UTF-8 bytes, lead byte E4…E9) at `index`, if one starts there.
  @inline(__always)
  private static func ideograph(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt32? {
    guard index + 2 < bytes.count else { return nil }
    let lead = bytes[index]
    guard lead >= 0xE4 && lead <= 0xE9 else { return nil }
    let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
    return isIdeograph(value) ? value : nil
  }
}
