import ConcordPostgres
import Testing

/// `--db postgres://...` and `CONCORD_DB`: what is accepted and what a mistake says.
@Suite("PostgreSQL URLs")
struct PostgresDatabaseURLTests {
    @Test func fullAndShortFormsAreRead() throws {
        let full = try PostgresDatabaseURL("postgres://agent:s%40cret@db1.example.com:6432/concord")
        #expect(full.user == "agent" && full.password == "s@cret" && full.host == "db1.example.com" && full.port == 6432)
        #expect(full.database == "concord")
        let short = try PostgresDatabaseURL("postgresql://concord@127.0.0.1/support")
        #expect(short.password == nil && short.port == 5432 && short.database == "support")
        #expect(PostgresDatabaseURL.isPostgres("postgres://x@y/z") && !PostgresDatabaseURL.isPostgres("/var/lib/concord.sqlite"))
    }

    @Test(arguments: [
        ("postgres://db1/concord", "no user"),
        ("postgres://agent@/concord", "no host"),
        ("postgres://agent@db1", "no database name"),
        ("postgres://agent@db1:99999/concord", "port"),
        ("mysql://agent@db1/concord", "it must start with postgres://"),
    ])
    func mistakesSayWhatIsWrongAndTheForm(text: String, reason: String) {
        do {
            _ = try PostgresDatabaseURL(text)
            Issue.record("\(text) accepted")
        } catch {
            #expect(error.description.contains(reason), "\(error.description)")
            #expect(error.description.contains("postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE"))
        }
    }
}
