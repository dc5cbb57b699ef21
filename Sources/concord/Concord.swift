import ArgumentParser

/// The `concord` command: a keyboard-driven console for customer-support teams.
@main
struct Concord: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concord",
        abstract: "A terminal console for customer-support teams: every channel in one timeline per customer.",
        discussion: """
            Start with `concord demo` to explore a generated contact centre, or `concord console` on your own store.
            The store defaults to $XDG_DATA_HOME/concord/concord.sqlite; override it with --db or CONCORD_DB.
            """,
        version: ConcordVersion.current,
        subcommands: [
            DemoCommand.self, ConsoleSubcommand.self, SuperviseCommand.self, IngestCommand.self, ParseCommand.self,
            SearchCommand.self, SuggestCommand.self, QueueSubcommand.self, ClaimCommand.self, ServeCommand.self,
            ConfigCommand.self, CustomersCommand.self, QuarantineCommand.self, SLACommand.self, CheckDraftCommand.self, PromisesCommand.self,
            ResolveCommand.self, ReplyCommand.self, NoteCommand.self, AssignCommand.self, StatusCommand.self, PriorityCommand.self,
            TagCommand.self, OutboxCommand.self, FollowUpsCommand.self, SatisfactionCommand.self, MigrateCommand.self,
            AgentsCommand.self, RouteCommand.self, AuditCommand.self, SendCommand.self,
        ])
}

enum ConcordVersion {
    static let current = "0.1.0"
}
