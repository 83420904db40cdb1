import Testing

@testable import Bitext

@Suite struct DisplayWidthTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let text: String
    let narrow: Int
    let wide: Int
    let note: String
    var testDescription: String { note }
  }

  /// Hand-checked widths: ambiguous narrow (the default) and ambiguous wide.
  static let cases: [Case] = [
    Case(text: "", narrow: 0, wide: 0, note: "empty"),
    Case(text: "Hello, world!", narrow: 13, wide: 13, note: "ASCII"),
    Case(text: "a\tb", narrow: 2, wide: 2, note: "ASCII control takes no column"),
    Case(text: "贸易协议", narrow: 8, wide: 8, note: "Han"),
    Case(text: "ひらがなカタカナ", narrow: 16, wide: 16, note: "kana"),
    Case(text: "한국어", narrow: 6, wide: 6, note: "Hangul syllables"),
    Case(text: "\u{1100}\u{1161}\u{11A8}", narrow: 2, wide: 2, note: "Hangul jamo L+V+T"),
    Case(text: "，。！？（）《》「」", narrow: 20, wide: 20, note: "fullwidth punctuation"),
    Case(text: "\u{3000}", narrow: 2, wide: 2, note: "ideographic space"),
    Case(text: "ＡＢＣ１２３", narrow: 12, wide: 12, note: "fullwidth Latin and digits"),
    Case(text: "ｶﾀｶﾅ", narrow: 4, wide: 4, note: "halfwidth katakana"),
    Case(text: "15%的关税", narrow: 9, wide: 9, note: "mixed ASCII and Han"),
    Case(text: "e\u{301}", narrow: 1, wide: 1, note: "e + combining acute"),
    Case(text: "Cafe\u{301} na\u{308}ive", narrow: 10, wide: 10, note: "combining accents"),
    Case(text: "a\u{200B}b", narrow: 2, wide: 2, note: "zero width space"),
    Case(text: "a\u{200D}b", narrow: 2, wide: 2, note: "lone ZWJ"),
    Case(text: "soft\u{AD}hyphen", narrow: 11, wide: 12, note: "soft hyphen shows as a (ambiguous) hyphen"),
    Case(text: "\u{FEFF}x", narrow: 1, wide: 1, note: "BOM is a format character"),
    Case(text: "x\u{E0001}\u{E0080}", narrow: 1, wide: 1, note: "default-ignorable, even unassigned"),
    Case(text: "\u{3164}\u{FFA0}", narrow: 0, wide: 0, note: "Hangul fillers are default-ignorable"),
    Case(text: "\u{115F}", narrow: 2, wide: 2, note: "Hangul choseong filler is a wide leading jamo"),
    Case(text: "\u{0600}", narrow: 1, wide: 1, note: "Arabic number sign is a visible format character"),
    Case(text: "\u{0915}\u{093E}", narrow: 2, wide: 2, note: "Devanagari KA + spacing vowel sign AA"),
    Case(text: "😀", narrow: 2, wide: 2, note: "emoji presentation"),
    Case(text: "👍🏽", narrow: 2, wide: 2, note: "emoji with skin tone"),
    Case(text: "👨‍👩‍👧‍👦", narrow: 2, wide: 2, note: "ZWJ family"),
    Case(text: "🧑🏿‍💻", narrow: 2, wide: 2, note: "ZWJ with skin tone"),
    Case(text: "🏳️‍🌈", narrow: 2, wide: 2, note: "rainbow flag (VS16 + ZWJ)"),
    Case(text: "🇨🇳🇺🇸", narrow: 4, wide: 4, note: "two flags"),
    Case(text: "🏴󠁧󠁢󠁳󠁣󠁴󠁿", narrow: 2, wide: 2, note: "subdivision flag (tags)"),
    Case(text: "❤️", narrow: 2, wide: 2, note: "text-default emoji + VS16"),
    Case(text: "❤", narrow: 1, wide: 1, note: "text-default emoji alone"),
    Case(text: "1️⃣", narrow: 2, wide: 2, note: "keycap"),
    Case(text: "“quoted”", narrow: 8, wide: 10, note: "curly quotes are ambiguous"),
    Case(text: "…", narrow: 1, wide: 2, note: "ellipsis is ambiguous"),
    Case(text: "a—b", narrow: 3, wide: 4, note: "em dash is ambiguous"),
    Case(text: "│─┼", narrow: 3, wide: 6, note: "box drawing is ambiguous"),
    Case(text: "αβγ", narrow: 3, wide: 6, note: "Greek is ambiguous"),
    Case(text: "\u{0301}", narrow: 0, wide: 0, note: "a lone combining mark is not ambiguous-wide"),
    Case(text: "Ünïcödé", narrow: 7, wide: 8, note: "Latin-1 letters: é (U+00E9) is ambiguous"),
    Case(text: "𠀀𪜀", narrow: 4, wide: 4, note: "CJK Extension B and C (plane 2)"),
    Case(text: "\u{2FFFD}", narrow: 2, wide: 2, note: "unassigned plane 2 defaults to wide"),
  ]

  @Test(arguments: cases) func width(_ entry: Case) {
    #expect(DisplayWidth.default.width(of: entry.text) == entry.narrow)
    #expect(DisplayWidth(ambiguousIsWide: true).width(of: entry.text) == entry.wide)
  }

  @Test func classesOfSingleScalars() {
    #expect(DisplayWidth.widthClass(of: "A") == .narrow)
    #expect(DisplayWidth.widthClass(of: "中") == .wide)
    #expect(DisplayWidth.widthClass(of: "\u{0300}") == .zero)
    #expect(DisplayWidth.widthClass(of: "\u{0007}") == .zero)
    #expect(DisplayWidth.widthClass(of: "\u{007F}") == .zero)
    #expect(DisplayWidth.widthClass(of: "\u{00AD}") == .ambiguous)
    #expect(DisplayWidth.widthClass(of: "“") == .ambiguous)
    #expect(DisplayWidth.widthClass(of: "\u{FF0C}") == .wide)
    #expect(DisplayWidth.widthClass(of: "\u{1F600}") == .wide)
    #expect(DisplayWidth.widthClass(of: "\u{1F1E8}") == .wide)
    #expect(DisplayWidth.widthClass(of: "\u{10FFFF}") == .narrow)
    #expect(DisplayWidth.widthClass(of: "\u{E000}") == .ambiguous)
  }

  @Test func tableIsSortedAndCoversTheCodeSpace() {
    #expect(DisplayWidth.unicodeVersion == "15.0.0")
    let runs = DisplayWidth.runs
    #expect(runs.first == 0x0000_0001)
    #expect(zip(runs, runs.dropFirst()).allSatisfy { ($0 >> 2) < ($1 >> 2) })
    #expect(zip(runs, runs.dropFirst()).allSatisfy { ($0 & 3) != ($1 & 3) })
  }

  @Test func basicPlaneLookupAgreesWithTheRuns() {
    var mismatches: [UInt32] = []
    for value in UInt32(0x7F)..<0x10000
    where DisplayWidth.basicPlane[Int(value)] != DisplayWidth.searchRuns(value).rawValue {
      mismatches.append(value)
    }
    #expect(mismatches.isEmpty)
    #expect(DisplayWidth.basicPlane[0x4E00] == DisplayWidth.WidthClass.wide.rawValue)
    #expect(DisplayWidth.basicPlane[0xFFFD] == DisplayWidth.WidthClass.ambiguous.rawValue)
  }

  @Test func substringsAndStringsAgree() {
    let text = "on all goods 所有从欧洲进口的商品，“嘿”"
    let slice = text[text.index(text.startIndex, offsetBy: 3)...]
    #expect(DisplayWidth.default.width(of: slice) == DisplayWidth.default.width(of: String(slice)))
    #expect(DisplayWidth.default.width(of: text) == 13 + 22 + 4)
  }
}
