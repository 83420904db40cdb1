/// English words as the ``Lexicon`` compares them: a crude stem for content
/// words, nothing for function words.
enum EnglishWord {
  /// The stem of `word` (ASCII letters), or `nil` if it is a function word.
  ///
  /// Function words are recognized whole, before stemming: `meaning`,
  /// `rights` and `kinds` are content words although `mean`, `right` and
  /// `kind` are not.
  static func stem(ifContent word: UnsafeBufferPointer<UInt8>) -> UInt64? {
    functionWords.contains(TokenSet.lowercasedHash(word)) ? nil : stem(word)
  }

  /// A crude English stem, the same for a word's common inflections:
  /// lowercased, plural `-s`/`-ies`, `-ing`, `-ed`, `-ly` and a final `-e`
  /// removed, a doubled final consonant undoubled, cut to seven letters
  /// (`models` → `model`, `increased` and `increase` → `increas`,
  /// `construction` → `constru`), packed into an integer, a letter a byte.
  /// `yeah`, `yep` and `yup` are `yes`.
  static func stem(_ word: some Collection<UInt8>) -> UInt64 {
    var letters = (UInt64(0), UInt64(0), UInt64(0), UInt64(0))  // up to 32 letters, 8 per integer
    return withUnsafeMutableBytes(of: &letters) { raw in
      var count = 0
      for byte in word.prefix(32) {
        raw[count] = byte | 0x20
        count += 1
      }
      return stem(raw.bindMemory(to: UInt8.self), count: count)
    }
  }

  /// ``stem(_:)`` of the first `count` letters of `letters`, which it may change.
  ///
  /// The helpers take the length as an argument: nested functions capturing
  /// a mutable count would box it and check every access to it at run time.
  private static func stem(_ letters: UnsafeMutableBufferPointer<UInt8>, count: Int) -> UInt64 {
    let (e, d, g, i, l, n, s, u, y) = (
      UInt8(ascii: "e"), UInt8(ascii: "d"), UInt8(ascii: "g"), UInt8(ascii: "i"), UInt8(ascii: "l"),
      UInt8(ascii: "n"), UInt8(ascii: "s"), UInt8(ascii: "u"), UInt8(ascii: "y")
    )
    var length = count
    if length <= 4 && letters[0] == y {
      let whole = pack(letters, length)
      if whole == KnownWords.yeah || whole == KnownWords.yep || whole == KnownWords.yup { return KnownWords.yes }
    }
    if ends(letters, length, i, e, s) && length > 4 {
      length -= 2
      letters[length - 1] = y
    } else if ends(letters, length, s) && !ends(letters, length, s, s) && !ends(letters, length, u, s)
      && !ends(letters, length, i, s) && length > 3
    {
      length -= 1
    }
    if ends(letters, length, i, n, g) && length > 5 {
      length -= 3
    } else if ends(letters, length, e, d) && length > 4 {
      length -= 2
    } else if ends(letters, length, l, y) && length > 5 {
      length -= 2
    }
    // A doubled final consonant (`stopp`, `runn`) loses one; vowels, `l` and `s` stay doubled (`free`, `full`, `miss`).
    if length > 3 && letters[length - 2] == letters[length - 1] && !KnownWords.isKeptDouble(letters[length - 1]) {
      length -= 1
    }
    if ends(letters, length, e) && length > 4 { length -= 1 }
    return pack(letters, length)
  }

  /// Whether the first `length` letters end with `a` (`a`, `b`; `a`, `b`, `c`) and are longer than that.
  @inline(__always)
  private static func ends(_ letters: UnsafeMutableBufferPointer<UInt8>, _ length: Int, _ a: UInt8) -> Bool {
    length > 1 && letters[length - 1] == a
  }

  /// See ``ends(_:_:_:)``.
  @inline(__always)
  private static func ends(_ letters: UnsafeMutableBufferPointer<UInt8>, _ length: Int, _ a: UInt8, _ b: UInt8)
    -> Bool
  {
    length > 2 && letters[length - 2] == a && letters[length - 1] == b
  }

  /// See ``ends(_:_:_:)``.
  @inline(__always)
  private static func ends(
    _ letters: UnsafeMutableBufferPointer<UInt8>, _ length: Int, _ a: UInt8, _ b: UInt8, _ c: UInt8
  ) -> Bool {
    length > 3 && letters[length - 3] == a && letters[length - 2] == b && letters[length - 1] == c
  }

  /// The first seven of the first `length` letters, a byte each.
  @inline(__always)
  private static func pack(_ letters: UnsafeMutableBufferPointer<UInt8>, _ length: Int) -> UInt64 {
    var key: UInt64 = 0
    for k in 0..<min(length, 7) { key = key << 8 | UInt64(letters[k]) }
    return key
  }

  /// Words ``stem(_:)`` knows by heart.
  private enum KnownWords {
    /// `yeah`, `yep` and `yup`, packed as ``EnglishWord/stem(_:)`` packs.
    static let yeah = packed("yeah")
    static let yep = packed("yep")
    static let yup = packed("yup")
    /// The stem of `yes`.
    static let yes = packed("yes")
    /// Whether a doubled `letter` stays doubled: a vowel, `l` or `s`.
    static func isKeptDouble(_ letter: UInt8) -> Bool {
      switch letter {
      case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
        UInt8(ascii: "l"), UInt8(ascii: "s"):
        true
      default: false
      }
    }
    /// A lowercase word of at most seven letters, a byte each.
    static func packed(_ word: String) -> UInt64 { word.utf8.reduce(0) { $0 << 8 | UInt64($1) } }
  }

  /// English words that carry no content of their own, and the fillers of
  /// speech (`uh`, `you know`, `like`, `right`), matched whole by their
  /// lowercased hash (``TokenSet/lowercasedHash(_:)``).
  static let functionWords = TokenSet(
    """
    a an the of to in on at by for from with into onto upon over under about as than then so such
    and or but nor if because while although though whether either neither both
    be is are was were been being am do does did done doing have has had having get got
    i me my mine myself you your yours yourself he him his himself she her hers herself it its itself
    we us our ours ourselves they them their theirs themselves one ones oneself
    this that these those there here who whom whose which what when where why how
    will would shall should can could may might must
    not no also too very just only even still yet already ever
    all any some every each many much more most other others another few own same
    uh um oh ah like know mean think say said go going gonna kind sort thing things lot really right well
    sth sb sw esp etc eg lit fig abbr cl var
    s t d ll ve re m o e g
    """.split(whereSeparator: \.isWhitespace).map { TokenSet.lowercasedHash($0.utf8) })
}
