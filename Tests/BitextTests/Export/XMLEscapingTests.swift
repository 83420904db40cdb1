import Testing

@testable import Bitext

/// The one XML escaper behind TMX export (forbidden characters removed) and
/// the JUnit report (forbidden characters replaced by U+FFFD).
@Suite struct XMLEscapingTests {
  @Test(arguments: [
    // text, in attribute, forbidden, expected
    ("a < b & c > d", false, XMLEscaping.Forbidden.remove, "a &lt; b &amp; c &gt; d"),
    ("say \"hi\"\tnow\n", false, .remove, "say \"hi\"\tnow\n"),
    ("say \"hi\"\tnow\n", true, .remove, "say &quot;hi&quot;&#x9;now&#xA;"),
    ("line\r\nend", false, .replace, "line&#xD;\nend"),
    ("bell\u{7}中文", false, .remove, "bell中文"),
    ("bell\u{7}中文", true, .replace, "bell\u{FFFD}中文"),
    ("non\u{FFFE}char\u{FFFF}s", false, .remove, "nonchars"),
    ("non\u{FFFE}char", false, .replace, "non\u{FFFD}char"),
    ("所有，ok", true, .replace, "所有，ok"),
  ])
  func escapes(text: String, inAttribute: Bool, forbidden: XMLEscaping.Forbidden, expected: String) {
    #expect(XMLEscaping.escape(text, inAttribute: inAttribute, forbidden: forbidden) == expected)
  }

  @Test func tmxWriterKeepsItsPublicEscaper() {
    #expect(TMXWriter.escape("x\u{1}<y>", inAttribute: true) == "x&lt;y&gt;")
  }
}
