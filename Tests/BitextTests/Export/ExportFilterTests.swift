import Bitext
import Testing

@Suite struct ExportFilterTests {
  @Test func keepsEverythingByDefault() {
    let alignment = ExportSamples.kinds
    #expect(ExportFilter.all.apply(to: alignment) == alignment)
  }

  @Test(arguments: [
    (ExportFilter(kinds: [.oneToOne]), ["1-1", "1-1"]),
    (ExportFilter(kinds: [SegmentKind(english: 2, chinese: 1), .orphan]), ["2-1", "0-1"]),
    (ExportFilter(minimumScore: 0.8), ["1-1", "1-1", "2-1"]),
    (ExportFilter(kinds: [.oneToOne], minimumScore: 0.96), ["1-1"]),
    (ExportFilter(minimumScore: 1), []),
  ])
  func filtersByKindAndScore(filter: ExportFilter, kinds: [String]) {
    let filtered = filter.apply(to: ExportSamples.kinds)
    #expect(filtered.segments.map(\.kind.description) == kinds)
    #expect(filtered.sections.count == 2, "sections keep their headings")
  }

  @Test(arguments: [
    ("1-1", Set([SegmentKind.oneToOne])),
    ("1-1, 2-1", Set([SegmentKind.oneToOne, SegmentKind(english: 2, chinese: 1)])),
    ("0-1,1-0", Set([SegmentKind.orphan, SegmentKind.untranslated])),
  ])
  func parsesKindLists(list: String, kinds: Set<SegmentKind>) {
    #expect(ExportFilter.kinds(parsing: list) == kinds)
  }

  @Test(arguments: ["", "1", "one-one", "1-1,x", "-1-1", "4-4", "1-1,0-0", "3-3"])
  func rejectsBadKindLists(list: String) {
    #expect(ExportFilter.kinds(parsing: list) == nil)
  }
}
