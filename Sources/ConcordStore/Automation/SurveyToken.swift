/// Unguessable tokens for survey links and the provider ids of messages Concord writes itself.
public enum SurveyToken {
    /// 128 random bits as 32 hex digits: a survey link must not be guessable.
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return [generator.next(), generator.next()].map { (value: UInt64) in
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }.joined()
    }
}
