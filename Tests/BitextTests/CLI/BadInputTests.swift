import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The bad-input table of Docs/Format.md, row by row, through the built `bitext` binary:
/// each input gets its documented exit status and a message naming the file and position.
@Suite struct BadInputTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let name: String
    let bytes: [UInt8]
    let status: Int32
    /// Text that standard error must contain (`FILE` is replaced by the path).
    let error: String?
    /// Text that standard output must contain.
    let output: String?
    /// A warning that standard error must contain, beside the output.
    var warning: String? = nil

    var testDescription: String { name }
  }

  static let rows: [Row] = [
    Row(
      name: "empty file", bytes: [], status: 0, error: nil, output: "\"sections\":[]",
      warning: "bitext: warning: FILE: no English or Chinese paragraph to align"),
    Row(
      name: "only front matter", bytes: Array("---\ntitle: x\n---\n".utf8), status: 0, error: nil,
      output: "\"frontMatter\":{\"title\":\"x\"},\"sections\":[]",
      warning: "bitext: warning: FILE: no English or Chinese paragraph to align"),
    Row(
      name: "unterminated front matter", bytes: Array("---\ntitle: x\n\n# H\n\nText.\n".utf8), status: 2,
      error: "bitext: error: FILE:1: unterminated front matter", output: nil),
    Row(
      name: "front matter with tabs and odd YAML",
      bytes: Array("---\ntitle:\tTabbed\n\tindented: 1\n: no key\nlist: [a, [b]]\nmap:\n  a: {b: c}\n---\nHi.\n".utf8),
      status: 0, error: nil,
      output: #""frontMatter":{"title":"Tabbed\n\tindented: 1","list":"[a, [b]]","map":"  a: {b: c}"}"#),
    Row(
      name: "invalid UTF-8", bytes: Array("# T\n\nok\n".utf8) + [0xE4, 0xB8] + Array(" broken\n".utf8), status: 2,
      error: "bitext: error: FILE:4: invalid UTF-8 at byte offset 8", output: nil),
    Row(
      name: "UTF-16 with BOM", bytes: [0xFF, 0xFE, 0x23, 0x00, 0x20, 0x00, 0x54, 0x00], status: 2,
      error: "FILE: not UTF-8: the file starts with a UTF-16LE byte order mark", output: nil),
    Row(
      name: "NUL bytes", bytes: Array("# T\n\nab".utf8) + [0, 0x0A], status: 2,
      error: "bitext: error: FILE:3: NUL byte at byte offset 7", output: nil),
    Row(
      name: "only Chinese", bytes: Array("# 标题\n\n你好。\n\n再见。\n".utf8), status: 0, error: nil,
      output: "\"kind\":\"0-1\""),
    Row(
      name: "only English", bytes: Array("# Title\n\nHello.\n\nBye.\n".utf8), status: 0, error: nil,
      output: "\"kind\":\"1-0\""),
    Row(
      name: "CRLF and BOM", bytes: [0xEF, 0xBB, 0xBF] + Array("# T\r\n\r\nHi.\r\n\r\n嗨。\r\n".utf8), status: 0,
      error: nil, output: "\"chinese\":[{\"line\":5,"),
  ]

  @Test(arguments: rows)
  func row(_ row: Row) throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("input.md", bytes: row.bytes)
    let result = try BitextProcess.run(["align", "--compact", path])
    #expect(result.status == row.status, "\(result.standardError)")
    if let error = row.error {
      #expect(result.standardError.contains(error.replacing("FILE", with: path)), "\(result.standardError)")
      #expect(result.standardOutput.isEmpty)
    } else if let warning = row.warning {
      #expect(result.standardError == warning.replacing("FILE", with: path) + "\n", "\(result.standardError)")
    } else {
      #expect(result.standardError.isEmpty, "\(result.standardError)")
    }
    if let output = row.output {
      #expect(result.standardOutput.contains(output), "\(result.standardOutput.prefix(300))")
    }
  }

  @Test func tenMegabyteSingleLine() throws {
    let directory = try TemporaryDirectory()
    let line = String(repeating: "word ", count: 2_000_000)
    let path = try directory.write("long.md", text: "# Long\n\n" + line + "\n")
    let result = try BitextProcess.run(["align", "--compact", path])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"kind\":\"1-0\""))
    #expect(result.standardOutput.utf8.count > 10_000_000)
  }

  @Test func hundredThousandHeadingsWithoutText() throws {
    let directory = try TemporaryDirectory()
    let text = (1...100_000).map { "## Heading \($0)\n" }.joined()
    let path = try directory.write("headings.md", text: text)
    let result = try BitextProcess.run(["align", "--compact", path])
    #expect(result.status == 0)
    #expect(result.standardOutput.components(separatedBy: "\"segments\":[]").count - 1 == 100_000)
    #expect(result.standardOutput.contains("\"text\":\"Heading 100000\",\"level\":2,\"line\":100000"))
  }

  @Test func directoryAndMissingFile() throws {
    let directory = try TemporaryDirectory()
    let folder = directory.url.path
    var result = try BitextProcess.run(["align", folder])
    #expect(result.status == 2)
    #expect(result.standardError == "bitext: error: \(folder): is a directory, not a file\n")
    let missing = directory.url.appendingPathComponent("missing.md").path
    result = try BitextProcess.run(["align", missing])
    #expect(result.status == 2)
    #expect(result.standardError == "bitext: error: \(missing): no such file\n")
  }

  @Test(.enabled(if: geteuid() != 0, "root can read files whatever their permissions"))
  func unreadablePermissions() throws {
    let directory = try TemporaryDirectory()
    let path = try directory.write("secret.md", text: "Hi.\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
    let result = try BitextProcess.run(["align", path])
    #expect(result.status == 2)
    #expect(result.standardError.contains("\(path): cannot read: Permission denied"))
  }

  @Test func fileLargerThanTheLimitIsRefusedBeforeReading() throws {
    let directory = try TemporaryDirectory()
    // A sparse 5 GiB file: no disk is used, and bitext must refuse it from its size alone.
    let path = try directory.write("huge.md", bytes: [])
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 5 << 30)
    try handle.close()
    let result = try BitextProcess.run(["align", path])
    #expect(result.status == 2)
    #expect(
      result.standardError.contains("\(path): input is 5368709120 bytes, more than the limit of 4294967296 bytes"))
  }

  @Test func standardInputClosed() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", "exec 0<&-; \"$0\" align 2>&1; echo \"status=$?\"", BitextProcess.executable.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(output.contains("bitext: error: <stdin>: cannot read: Bad file descriptor"), "\(output)")
    #expect(output.hasSuffix("status=2\n"), "\(output)")
  }

  @Test func emptyStandardInputIsAnEmptyDocument() throws {
    let result = try BitextProcess.run(["align", "--compact"], input: [])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("\"sections\":[]"))
    #expect(result.standardError == "bitext: warning: <stdin>: no English or Chinese paragraph to align\n")
  }

  /// `bitext check` of input with nothing to check: a `no-paragraphs`
  /// warning at line 1 of the file (or `<stdin>`), exit 0.
  @Test(arguments: [[UInt8](), Array("---\ntitle: Talk\n---\n".utf8), Array("\n\n".utf8)])
  func checkOfInputWithNoParagraphWarns(input: [UInt8]) throws {
    let result = try BitextProcess.run(["check", "-"], input: input)
    #expect(result.status == 0)
    #expect(result.standardOutput.hasPrefix("<stdin>:1:1: warning: no paragraphs to check"), "\(result.standardOutput)")
  }
}

/// Bad-input rows that concern `bitext check` walking a directory.
@Suite struct CheckBadInputTests {
  @Test func symlinkLoopInADirectoryIsNotFollowed() throws {
    let directory = try TemporaryDirectory()
    try directory.write("docs/talk.md", text: "# T\n\nHello.\n\n你好。\n")
    let docs = directory.url.appendingPathComponent("docs")
    try FileManager.default.createSymbolicLink(
      atPath: docs.appendingPathComponent("loop").path, withDestinationPath: docs.path)
    try FileManager.default.createSymbolicLink(
      atPath: docs.appendingPathComponent("self").path, withDestinationPath: "self")
    let result = try BitextProcess.run(["check", docs.path])
    #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
    #expect(result.standardOutput.contains("talk.md"))
    #expect(!result.standardOutput.contains("loop/"))
  }

  @Test func unreadableAndInvalidFilesInADirectoryExit2WithTheirNames() throws {
    let directory = try TemporaryDirectory()
    try directory.write("docs/good.md", text: "# T\n\nHello.\n\n你好。\n")
    let bad = try directory.write("docs/bad.md", bytes: Array("ok\n".utf8) + [0xC3])
    let result = try BitextProcess.run(["check", directory.url.appendingPathComponent("docs").path])
    #expect(result.status == 2)
    #expect((result.standardOutput + result.standardError).contains("\(bad):2: invalid UTF-8 at byte offset 3"))
  }
}
