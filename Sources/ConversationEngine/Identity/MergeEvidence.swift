import Foundation

/// Weak evidence that two customers are one person. Weak evidence never merges anybody: it
/// produces a suggestion, with a score and the evidence, that a person accepts or rejects.
public enum MergeEvidence {
    /// Scores of the kinds of evidence, from strongest to weakest.
    public enum Score {
        /// Identities of two customers arrived together on one message.
        public static let sharedMessage = 0.9
        /// A phone number written in a message belongs to another customer.
        public static let phoneInText = 0.6
        /// The same name and an address at the same company domain.
        public static let nameAndCompanyDomain = 0.4
    }

    /// Free-mail and ISP domains: sharing one of these says nothing about two people.
    public static let publicMailDomains: Set<String> = [
        "gmail.com", "googlemail.com", "yahoo.com", "yahoo.co.kr", "hotmail.com", "outlook.com", "live.com", "msn.com",
        "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com", "gmx.com", "gmx.de", "web.de", "mail.com",
        "naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
        "qq.com", "163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "aliyun.com", "foxmail.com", "yeah.net",
        "yandex.ru", "ya.ru", "mail.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru",
        "chmail.ir", "yahoo.ir", "yahoo.com.tw", "yahoo.co.jp", "yahoo.com.cn", "hotmail.co.uk", "yahoo.co.uk",
        "example.com", "example.org", "example.net",
    ]

    /// Whether two people sharing this email domain is worth noticing (a company's own domain).
    public static func isCompanyDomain(_ domain: String) -> Bool {
        !domain.isEmpty && !publicMailDomains.contains(domain.lowercased())
    }

    /// Phone numbers written in free text ("call me on 010-1234-5678", "+7 (916) 123-45-67",
    /// "۰۹۱۲ ۳۴۵ ۶۷۸۹"), normalised to E.164; at most `limit` of them.
    public static func phoneNumbers(in text: String, region: String?, limit: Int = 5) -> [String] {
        var found: [String] = []
        var candidate = ""
        var digits = 0
        func flush() {
            defer { candidate = ""; digits = 0 }
            guard (8...15).contains(digits), found.count < limit,
                  let number = IdentityNormalizer.phone(candidate, region: region), !found.contains(number) else { return }
            found.append(number)
        }
        for scalar in text.unicodeScalars {
            if IdentityNormalizer.asciiDigit(scalar) != nil {
                candidate.unicodeScalars.append(scalar)
                digits += 1
            } else if (scalar == "+" && candidate.isEmpty) || (!candidate.isEmpty && " -.()\u{00A0}".unicodeScalars.contains(scalar)) {
                candidate.unicodeScalars.append(scalar)
            } else {
                flush()
            }
            if found.count >= limit { break }
        }
        flush()
        return found
    }
}
