import Foundation
import Testing

/// Runs the built `bitext` executable, as a user would, and captures what it prints.
struct BitextProcess {
  struct Result {
    var status: Int32
    var standardOutput: String
    var standardError: String
  }

  /// The `bitext` binary next to the test bundle in the build folder.
  static var executable: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    // On Darwin the test runner lives inside an .xctest bundle.
    while directory.path.contains(".xctest") {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("bitext")
  }

  /// Runs `bitext arguments…`, feeding `input` to its standard input.
  static func run(
    _ arguments: [String], input: [UInt8]? = nil, environment: [String: String] = [:],
    currentDirectory: URL? = nil
  ) throws -> Result {
    let scratch = try TemporaryDirectory()
    let outURL = scratch.url.appendingPathComponent("stdout")
    let errURL = scratch.url.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var env = ProcessInfo.processInfo.environment
    env.merge(environment) { $1 }
    process.environment = env
    if let currentDirectory { process.currentDirectoryURL = currentDirectory }
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    if let input {
      let inURL = scratch.url.appendingPathComponent("stdin")
      try Data(input).write(to: inURL)
      process.standardInput = try FileHandle(forReadingFrom: inURL)
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Result(
      status: process.terminationStatus,
      standardOutput: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
      standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }
}

extension BitextProcess.Result {
  /// Expects a usage error as every subcommand reports it: exit 64, nothing on
  /// standard output, `Error: …` on standard error, followed by `Usage: bitext <usage>` when given.
  func expectUsageError(usage: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(status == 64, sourceLocation: sourceLocation)
    #expect(standardOutput.isEmpty, sourceLocation: sourceLocation)
    #expect(standardError.hasPrefix("Error: "), sourceLocation: sourceLocation)
    if let usage {
      #expect(standardError.contains("Usage: bitext \(usage)"), sourceLocation: sourceLocation)
    }
  }
}
