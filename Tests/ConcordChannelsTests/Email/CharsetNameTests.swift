import Testing
@testable import ConcordChannels

@Suite("Charset names: how each declared charset is read")
struct CharsetNameTests {
    @Test(arguments: [
        ("utf-8", nil), ("UTF-8", nil), ("utf8", nil), ("US-ASCII", nil), ("ascii", nil), ("", nil),
        ("gb2312", "GB18030"), ("GBK", "GB18030"), ("GB18030", "GB18030"), ("x-gbk", "GB18030"),
        ("EUC-KR", "CP949"), ("ks_c_5601-1987", "CP949"), ("KS_C_5601-1987", "CP949"), ("windows-949", "CP949"),
        ("Big5", "BIG5-HKSCS"), ("big5-hkscs", "BIG5-HKSCS"),
        ("ISO-2022-JP", "ISO-2022-JP-2"),
        ("ISO-8859-1", "WINDOWS-1252"), ("iso_8859-1", "WINDOWS-1252"), ("latin1", "WINDOWS-1252"), ("Windows-1252", "WINDOWS-1252"),
        ("KOI8-R", "KOI8-R"), ("koi8-u", "KOI8-U"),
    ] as [(String, String?)])
    func legacyNamesAreReadAsTheirSupersets(declared: String, read: String?) {
        #expect(CharsetDecoder.iconvName(for: declared) == read)
        #expect(CharsetDecoder.isUTF8OrASCII(declared) == (read == nil))
    }

    @Test func otherNamesGoToGMimesTable() {
        // windows-1251, windows-1256 and ISO-8859-5 are not rewritten: GMime names them for iconv.
        for name in ["windows-1251", "windows-1256", "iso-8859-5"] {
            let read = CharsetDecoder.iconvName(for: name)
            #expect(read != nil && read != "WINDOWS-1252", "\(name) read as \(String(describing: read))")
        }
        #expect(CharsetDecoder.iconvName(for: "x-unknown-charset") != nil)
    }
}
