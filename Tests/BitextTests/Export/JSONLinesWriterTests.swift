import Bitext
import Foundation
import Testing

@Suite struct JSONLinesWriterTests {
  private func objects(_ text: String) throws -> [[String: Any]] {
    #expect(text.hasSuffix("\n"))
    return try text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test func transcriptHasOneLinePerSegment() throws {
    var text = ""
    JSONLinesWriter().write(Aligner().align(try Fixtures.transcript()), to: &text)
    let records = try objects(text)
    #expect(records.count == 102)
    let first = try #require(records.first)
    #expect(first["segment"] as? Int == 1)
    #expect(first["section"] as? String == "贸易协议的积极影响与市场反应")
    #expect((first["english"] as? String)?.hasPrefix("on all goods coming from Europe") == true)
    #expect((first["chinese"] as? String)?.hasPrefix("所有从欧洲进口的商品") == true)
    #expect(first["englishLines"] as? [Int] == [28])
    #expect(first["chineseLines"] as? [Int] == [30])
    #expect(first["kind"] as? String == "1-1")
    #expect(first["method"] as? String == "ordinal")
    let score = try #require(first["score"] as? Double)
    #expect(score > 0.5 && score <= 1)
    #expect(records.last?["section"] as? String == "对通胀和重置全球贸易的担忧")
    #expect(records.last?["segment"] as? Int == 102)
  }

  @Test func trickyTextRoundTrips() throws {
    var text = ""
    JSONLinesWriter().write(ExportSamples.tricky, to: &text)
    let records = try objects(text)
    #expect(records.map { $0["english"] as? String } == ExportSamples.trickyTexts)
    #expect(records.map { $0["chinese"] as? String } == ExportSamples.trickyTexts.map { "中文：" + $0 })
    #expect(records.first?["section"] as? String == "R&D <notes> \"x\"")
    // Python's str.splitlines() also breaks at U+0085, U+2028 and U+2029: none are written raw.
    #expect(!text.unicodeScalars.contains { [0x85, 0x2028, 0x2029].contains($0.value) })
    #expect(text.contains("separators \\u0085 NEL \\u2028 LS \\u2029 PS"))
  }

  @Test func writesEveryKindAndFilters() throws {
    var text = ""
    JSONLinesWriter().write(ExportSamples.kinds, to: &text)
    let records = try objects(text)
    #expect(records.map { $0["kind"] as? String } == ["1-1", "1-1", "2-1", "1-2", "1-0", "0-1"])
    #expect(records[0]["section"] is NSNull)
    #expect(records[2]["english"] as? String == "Two a.\n\nTwo b.")
    #expect(records[2]["englishLines"] as? [Int] == [5, 7])
    #expect(records[4]["chinese"] as? String == "")
    #expect(records[4]["chineseLines"] as? [Int] == [])

    var filtered = ""
    JSONLinesWriter(filter: ExportFilter(minimumScore: 0.7)).write(ExportSamples.kinds, to: &filtered)
    // Segment numbers are counted before filtering, so they stay stable.
    #expect(try objects(filtered).map { $0["segment"] as? Int } == [1, 2, 3])
  }
}
