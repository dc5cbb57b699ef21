import Testing
@testable import ConcordChannels

@Suite("Email: HTML to text")
struct HTMLTextTests {
    static func text(_ html: String) -> String { HTMLText.plainText(fromHTML: html) }

    @Test("tags go, text stays, whitespace collapses like a browser's")
    func tagsAndWhitespace() {
        #expect(Self.text("<p>Hello   <b>dear</b>\n\n customer</p>") == "Hello dear customer")
        #expect(Self.text("<span>a</span><span>b</span>") == "ab")
        #expect(Self.text("  leading and trailing  ") == "leading and trailing")
    }

    @Test("blocks and <br> are line breaks; paragraphs are separated by one blank line")
    func blocks() {
        #expect(Self.text("<div>one</div><div>two</div>") == "one\ntwo")
        #expect(Self.text("<p>one</p><p>two</p>") == "one\n\ntwo")
        #expect(Self.text("a<br>b<br/>c<BR >d") == "a\nb\nc\nd")
        #expect(Self.text("a<br><br><br><br>b") == "a\n\nb")
        #expect(Self.text("<ul><li>x</li><li>y</li></ul>") == "x\ny")
        #expect(Self.text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>") == "a b\nc")
    }

    @Test("style, script, title and comments never show")
    func hiddenContent() {
        #expect(Self.text("<style>p{x:y}</style>A<script>if (a < b) { x = \"</p>\" }</script>B") == "AB")
        #expect(Self.text("<SCRIPT type=x>hidden</SCRIPT >shown") == "shown")
        #expect(Self.text("<title>T</title>body") == "body")
        #expect(Self.text("a<!-- <p>hidden</p> -->b") == "ab")
        #expect(Self.text("<!DOCTYPE html><?xml version=\"1.0\"?>x") == "x")
    }

    @Test("character references: named, decimal, hex, legacy without semicolon, windows-1252 range")
    func references() {
        #expect(Self.text("&lt;tag&gt; &amp; &quot;q&quot; &apos;a&apos;") == "<tag> & \"q\" 'a'")
        #expect(Self.text("caf&eacute; &euro;5 &copy;") == "café €5 ©")
        #expect(Self.text("&#54872;&#xBD88; &#x1F600;") == "환불 😀")
        #expect(Self.text("&#150; &#147;x&#148;") == "– “x”")
        #expect(Self.text("fish &amp chips") == "fish & chips")
        #expect(Self.text("AT&T &unknown; & done") == "AT&T &unknown; & done")
        #expect(Self.text("a&nbsp;&nbsp;b") == "a  b")
        #expect(Self.text("&#0; &#xD800; &#99999999;") == "\u{FFFD} \u{FFFD} \u{FFFD}")
    }

    @Test("pre keeps its spacing and lines")
    func pre() {
        #expect(Self.text("<pre>a  b\n  c</pre>after") == "a  b\n  c\n\nafter")
    }

    @Test("quoted attribute values may hold > and tags; a quote inside an unquoted value is just a character")
    func attributes() {
        #expect(Self.text("<a href=\"x>y\" title='<b>'>link</a>") == "link")
        #expect(Self.text("<img alt=don't src=x>text") == "text")
        #expect(Self.text("<p class=x\"y>text</p>") == "text")
        // an attribute quote that never closes runs to the end, as in a browser
        #expect(Self.text("<p class=\"unclosed>text</p> more") == "")
        #expect(Self.text("a < b and c > d") == "a < b and c > d")
    }

    @Test("unterminated constructs end the text instead of looping or crashing")
    func unterminated() {
        #expect(Self.text("before<!-- never closed") == "before")
        #expect(Self.text("before<script>never closed") == "before")
        #expect(Self.text("before<b") == "before")
        #expect(Self.text("trailing &") == "trailing &")
        #expect(Self.text("trailing <") == "trailing <")
    }
}
