/// One entry of a keymap: a key and the command it runs.
public struct KeyBinding: Hashable, Sendable {
    public var key: KeySpec
    public var command: String

    public init(key: KeySpec, command: String) {
        self.key = key
        self.command = command
    }
}
