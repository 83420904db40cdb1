/// A Chinese→English word list, built once from ``data`` (common words of
/// CC-CEDICT, see `Scripts/generate-lexicon.py`), that tells whether a short
/// paragraph's words have translations in a stretch of the other language.
///
/// English words are compared by a crude stem (see ``stem(_:)``); Chinese
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
  /// English stem (see ``stem(_:)``) → its number.
  private var stemNumbers = IntegerKeyMap()
  /// The longest word of the list, in ideographs.
  private(set) var longestWord = 1

  /// Parses `word english english …` lines, on their UTF-8 bytes.
  init(data: String) {
    var data = data
    data.withUTF8 { parse($0) }
  }

  private mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) {
    glossStems.reserveCapacity(bytes.count / 6)
    var index = 0
    while index < bytes.count {
      // The word: ideographs up to the first space or the line's end.
      var end = index
      while end < bytes.count && bytes[end] != 0x20 && bytes[end] != 0x0A { end += 1 }
      let key = Self.key(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
      let start = Int32(glossStems.count)
      index = end
      // Its English words, separated by spaces.
      while index < bytes.count && bytes[index] != 0x0A {
        index += 1
        var wordEnd = index
        while wordEnd < bytes.count && bytes[wordEnd] != 0x20 && bytes[wordEnd] != 0x0A { wordEnd += 1 }
        defer { index = wordEnd }
        guard key != nil, wordEnd > index else { continue }
        let stem = Self.stem(UnsafeBufferPointer(rebasing: bytes[index..<wordEnd]))
        guard stem != 0, !Self.englishFunctionWords.contains(stem) else { continue }
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

  /// The packed key of `word` and its length in ideographs, or `nil` if it
  /// is not one to four ideographs of the Basic Multilingual Plane.
  private static func key(_ word: String) -> (packed: UInt64, length: Int)? {
    var packed: UInt64 = 0
    var length = 0
    for scalar in word.unicodeScalars {
      guard isIdeograph(scalar.value), length < 4 else { return nil }
      packed = packed << 16 | UInt64(scalar.value)
      length += 1
    }
    return length > 0 ? (packed, length) : nil
  }

  /// CJK Unified Ideographs, U+4E00…U+9FFF.
  static func isIdeograph(_ value: UInt32) -> Bool { value >= 0x4E00 && value <= 0x9FFF }

  /// A paragraph's content words that the list knows, with their places.
  struct Words: Sendable {
    /// Per word, its UTF-8 offset in the paragraph.
    var offsets: [Int32] = []
    /// Per word, its stems as a range of ``stems``: one stem for an English
    /// word, its glosses' stems for a Chinese one.
    var ranges: [Range<Int32>] = []
    /// The stems of all words, one list after another.
    var stems: [Int32] = []
    /// The paragraph's length in UTF-8 bytes.
    var byteCount = 0
    /// Every stem once, sorted, with the offsets of its first and last word.
    var places: [(stem: Int32, first: Int32, last: Int32)] = []

    /// Fills ``places`` once the words are in.
    mutating func index() {
      // (stem, offset) packed in one integer: a plain sort orders by stem, then offset.
      var packed: [UInt64] = []
      packed.reserveCapacity(stems.count)
      for (word, range) in ranges.enumerated() {
        for stem in stems[Int(range.lowerBound)..<Int(range.upperBound)] {
          packed.append(UInt64(UInt32(bitPattern: stem)) << 32 | UInt64(UInt32(bitPattern: offsets[word])))
        }
      }
      packed.sort()
      places.removeAll(keepingCapacity: true)
      places.reserveCapacity(packed.count)
      for value in packed {
        let stem = Int32(bitPattern: UInt32(truncatingIfNeeded: value >> 32))
        let offset = Int32(bitPattern: UInt32(truncatingIfNeeded: value))
        if let last = places.last, last.stem == stem {
          places[places.count - 1].last = offset
        } else {
          places.append((stem, offset, offset))
        }
      }
    }

    /// The UTF-8 offset where the first (or, `atEnd`, the last) `share` of the paragraph ends (or starts).
    func cut(share: Double, atEnd: Bool) -> Int32 {
      Int32((Double(byteCount) * (atEnd ? 1 - share : share)).rounded())
    }

    /// Whether a word with `stem` lies before `cut` (or, `atEnd`, at or after it).
    func has(_ stem: Int32, cut: Int32, atEnd: Bool) -> Bool {
      var low = 0
      var high = places.count
      while low < high {
        let middle = (low + high) / 2
        if places[middle].stem < stem { low = middle + 1 } else { high = middle }
      }
      guard low < places.count, places[low].stem == stem else { return false }
      return atEnd ? places[low].last >= cut : places[low].first < cut
    }

    /// The words within the first (or, `atEnd`, the last) `share` of the paragraph's bytes.
    func indices(share: Double, atEnd: Bool) -> Range<Int> {
      guard share < 1 else { return offsets.indices }
      let cut = Int32((Double(byteCount) * (atEnd ? 1 - share : share)).rounded())
      // Offsets ascend: the first word at or after the cut.
      var low = 0
      var high = offsets.count
      while low < high {
        let middle = (low + high) / 2
        if offsets[middle] < cut { low = middle + 1 } else { high = middle }
      }
      return atEnd ? low..<offsets.count : 0..<low
    }

    /// The stems of word `index`.
    func stems(of index: Int) -> ArraySlice<Int32> {
      stems[Int(ranges[index].lowerBound)..<Int(ranges[index].upperBound)]
    }
  }

  /// The content words of English `text` the list knows, each as its stem's number.
  func englishWords(_ text: Substring) -> Words {
    var result = Words()
    result.byteCount = text.utf8.count
    var word: [UInt8] = []
    var start = 0
    func finish() {
      defer { word.removeAll(keepingCapacity: true) }
      let stem = Self.stem(word)
      guard stem != 0, !Self.englishFunctionWords.contains(stem), let number = stemNumbers[stem] else { return }
      result.offsets.append(Int32(start))
      result.ranges.append(Int32(result.stems.count)..<Int32(result.stems.count + 1))
      result.stems.append(number)
    }
    for (offset, byte) in text.utf8.enumerated() {
      if (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) {
        if word.isEmpty { start = offset }
        word.append(byte | 0x20)
      } else if !word.isEmpty {
        finish()
      }
    }
    if !word.isEmpty { finish() }
    result.index()
    return result
  }

  /// The content words of Chinese `text` that the list knows, each with the
  /// stems of its glosses, cut by longest match in each run of ideographs.
  func chineseWords(_ text: Substring) -> Words {
    var result = Words()
    result.byteCount = text.utf8.count
    var run: [(value: UInt32, offset: Int)] = []
    func cut() {
      var start = 0
      while start < run.count {
        var length = min(longestWord, run.count - start)
        var found: Range<Int32>?
        while length > 0 {
          var key: UInt64 = 0
          for entry in run[start..<start + length] { key = key << 16 | UInt64(entry.value) }
          if let entry = words[key] {
            found = wordGlosses[Int(entry)]
            break
          }
          length -= 1
        }
        if let found, !found.isEmpty {
          result.offsets.append(Int32(run[start].offset))
          result.ranges.append(Int32(result.stems.count)..<Int32(result.stems.count + found.count))
          result.stems.append(contentsOf: glossStems[Int(found.lowerBound)..<Int(found.upperBound)])
        }
        start += max(length, 1)
      }
      run.removeAll(keepingCapacity: true)
    }
    var offset = 0
    for scalar in text.unicodeScalars {
      if Self.isIdeograph(scalar.value) {
        run.append((scalar.value, offset))
      } else if !run.isEmpty {
        cut()
      }
      offset += UTF8.width(scalar)
    }
    if !run.isEmpty { cut() }
    result.index()
    return result
  }

  /// A crude English stem, the same for a word's common inflections:
  /// lowercased, plural `-s`/`-ies`, `-ing`, `-ed`, `-ly` and a final `-e`
  /// removed, a doubled final consonant undoubled, cut to seven letters
  /// (`models` → `model`, `increased` and `increase` → `increas`,
  /// `construction` → `constru`), packed into an integer, a letter a byte.
  /// `yeah`, `yep` and `yup` are `yes`.
  static func stem(_ word: some Collection<UInt8>) -> UInt64 {
    var letters = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))  // up to 32 letters, 8 per integer
    var count = 0
    for byte in word.prefix(32) {
      withUnsafeMutableBytes(of: &letters) { $0[count] = byte | 0x20 }
      count += 1
    }
    return withUnsafeMutableBytes(of: &letters) { raw in stem(raw.bindMemory(to: UInt8.self), count: count) }
  }

  /// ``stem(_:)`` of the first `count` letters of `letters`, which it may change.
  private static func stem(_ letters: UnsafeMutableBufferPointer<UInt8>, count: Int) -> UInt64 {
    var n = count
    func ends(_ suffix: [UInt8]) -> Bool {
      guard n > suffix.count else { return false }
      for (k, byte) in suffix.enumerated() where letters[n - suffix.count + k] != byte { return false }
      return true
    }
    func pack() -> UInt64 {
      var key: UInt64 = 0
      for k in 0..<min(n, 7) { key = key << 8 | UInt64(letters[k]) }
      return key
    }
    if n <= 4, Suffix.yesWords.contains(pack()) { return Suffix.yes }
    if ends(Suffix.ies) && n > 4 {
      n -= 2
      letters[n - 1] = 0x79  // y
    } else if ends(Suffix.s) && !ends(Suffix.ss) && !ends(Suffix.us) && !ends(Suffix.is) && n > 3 {
      n -= 1
    }
    if ends(Suffix.ing) && n > 5 {
      n -= 3
    } else if ends(Suffix.ed) && n > 4 {
      n -= 2
    } else if ends(Suffix.ly) && n > 5 {
      n -= 2
    }
    if n > 3 && letters[n - 2] == letters[n - 1] && !Suffix.keptDoubles.contains(letters[n - 1]) { n -= 1 }
    if ends(Suffix.e) && n > 4 { n -= 1 }
    return pack()
  }

  /// The suffixes ``stem(_:)`` looks at.
  private enum Suffix {
    /// `yeah`, `yep` and `yup`, packed as ``stem(_:)`` packs.
    static let yesWords: [UInt64] = ["yeah", "yep", "yup"].map(packed)
    /// The stem of `yes`.
    static let yes = packed("yes")
    static func packed(_ word: String) -> UInt64 { word.utf8.reduce(0) { $0 << 8 | UInt64($1) } }
    static let ies = Array("ies".utf8)
    static let s = Array("s".utf8)
    static let ss = Array("ss".utf8)
    static let us = Array("us".utf8)
    static let `is` = Array("is".utf8)
    static let ing = Array("ing".utf8)
    static let ed = Array("ed".utf8)
    static let ly = Array("ly".utf8)
    static let e = Array("e".utf8)
    /// Doubled letters that stay doubled (`free`, `full`, `miss`, `too`).
    static let keptDoubles = Array("aeiouls".utf8)
  }

  /// English words that carry no content of their own (as stems).
  static let englishFunctionWords = FunctionWords(
    """
    a an the of to in on at by for from with into onto upon over under about as than then so such
    and or but nor if because while although though whether either neither both
    be is are was were been being am do does did done doing have has had having get got
    i me my mine myself you your yours yourself he him his himself she her hers herself it its itself
    we us our ours ourselves they them their theirs themselves one ones oneself
    this that these those there here who whom whose which what when where why how
    will would shall should can could may might must
    not no also too very just only even still yet already ever
    uh um oh ah like know mean think say said go going gonna kind sort thing things lot really right well
    sth sb sw esp etc eg lit fig abbr cl var
    s t d ll ve re m o e g
    """.split(whereSeparator: \.isWhitespace).map { stem($0.utf8) })

  /// A set of stems.
  struct FunctionWords: Sendable {
    private var map = IntegerKeyMap()
    init(_ stems: [UInt64]) { for stem in stems { map.set(stem, 1) } }
    func contains(_ stem: UInt64) -> Bool { map[stem] != nil }
  }
}
