import Bitext

/// What the fuzzer runs on every input: parse, align, check the invariants,
/// and render/export the result every way the library can.
///
/// Any trap (overflow, bad index, failed precondition) is a crash the fuzzer
/// reports; a broken invariant is turned into a trap on purpose.
enum FuzzTarget {
  static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
    let text: String
    do {
      text = try InputReader().decode(bytes, file: "fuzz")
    } catch {
      _ = error.description
      return
    }
    let document: BilingualDocument
    do {
      document = try BilingualDocument(parsing: text, source: "fuzz.md")
    } catch {
      _ = error.description
      return
    }
    let alignment = Aligner().align(document)
    let violations = AlignmentInvariants(document: document).violations(of: alignment)
    if !violations.isEmpty {
      fatalError("invariant violated: \(violations.prefix(3).joined(separator: "; "))")
    }
    var sink = CountingSink()
    AlignmentJSON.write(alignment, prettyPrinted: true, to: &sink)
    AlignmentListing().write(alignment, to: &sink)
    guard (try? AlignmentJSON.decode(AlignmentJSON.encode(alignment, prettyPrinted: false))) != nil else {
      fatalError("JSON output does not decode")
    }
  }
}

/// A text stream that only counts what it is given.
struct CountingSink: TextOutputStream {
  var count = 0

  mutating func write(_ string: String) {
    count += string.utf8.count
  }
}
