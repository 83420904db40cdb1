import Foundation
import Testing

@testable import Bitext

@Suite struct DocumentFinderTests {
  @Test func walksFoldersInNameOrderSkippingHiddenAndOtherExtensions() throws {
    let directory = try TemporaryDirectory()
    let root = directory.url.path
    for name in [
      "b.md", "a.markdown", "notes.txt", "image.png", "README", ".hidden.md", ".git/config.md",
      "sub/c.MD", "sub/.cache/d.md", "node/deep/e.md",
    ] {
      try directory.write(name, text: "x\n")
    }
    let inputs = DocumentFinder().find([root])
    #expect(
      inputs == [
        .file(root + "/a.markdown"), .file(root + "/b.md"), .file(root + "/node/deep/e.md"),
        .file(root + "/notes.txt"), .file(root + "/sub/c.MD"),
      ])
  }

  @Test func symbolicLinksToFoldersAreNotFollowed() throws {
    let directory = try TemporaryDirectory()
    let root = directory.url.path
    try directory.write("docs/a.md", text: "x\n")
    try directory.write("docs/b.md", text: "x\n")
    // A loop (docs/loop -> docs) and a link to a file, which is taken like a file.
    try FileManager.default.createSymbolicLink(atPath: root + "/docs/loop", withDestinationPath: root + "/docs")
    try FileManager.default.createSymbolicLink(atPath: root + "/docs/c.md", withDestinationPath: root + "/docs/a.md")
    #expect(
      DocumentFinder().find([root + "/docs/"])
        == [.file(root + "/docs/a.md"), .file(root + "/docs/b.md"), .file(root + "/docs/c.md")])
  }

  @Test func pairsEnglishAndChineseFilesInTheSameFolder() throws {
    let directory = try TemporaryDirectory()
    let root = directory.url.path
    for name in [
      "talk.en.md", "talk.zh.md", "intro.en.md", "intro.zh-CN.md", "solo.en.md", "other/talk.zh.md", "x.md",
    ] {
      try directory.write(name, text: "x\n")
    }
    let inputs = DocumentFinder().find([root])
    #expect(
      inputs == [
        .pair(english: root + "/intro.en.md", chinese: root + "/intro.zh-CN.md"),
        .file(root + "/other/talk.zh.md"),
        .file(root + "/solo.en.md"),
        .pair(english: root + "/talk.en.md", chinese: root + "/talk.zh.md"),
        .file(root + "/x.md"),
      ])
  }

  @Test func filesAreTakenAsGivenAndPairedToo() throws {
    let directory = try TemporaryDirectory()
    let english = try directory.write("t.en.txt", text: "x\n")
    let chinese = try directory.write("t.zh.txt", text: "x\n")
    let other = try directory.write("data.json", text: "{}\n")
    let missing = directory.url.appendingPathComponent("missing.md").path
    #expect(
      DocumentFinder().find([chinese, other, english, missing, "-", other])
        == [.file(other), .pair(english: english, chinese: chinese), .file(missing), .file("-")])
  }

  @Test(arguments: [
    ("docs/talk.zh.md", "docs/talk", "zh"), ("a.b.en.markdown", "a.b", "en"), ("talk.md", nil, nil),
    ("docs.v2/talk.md", nil, nil), (".en.md", nil, nil),
  ])
  func splitsLanguageTags(path: String, stem: String?, tag: String?) {
    let split = DocumentFinder.split(path)
    #expect(split?.stem == stem)
    #expect(split?.tag == tag)
  }
}
