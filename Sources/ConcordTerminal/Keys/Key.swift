/// One key press, decoded by the backend. Views never match keys inline: the app looks a
/// key up in a ``Keymap`` and acts on the command name.
public enum Key: Hashable, Sendable {
    /// A printable character (space is `.char(" ")`).
    case char(Character)
    /// Control plus a character, stored lowercase: `<C-d>` is `.ctrl("d")`.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete, insert
    /// F1…F24.
    case function(Int)

    /// `.ctrl` with the character normalised to lowercase (ASCII letters).
    public static func control(_ character: Character) -> Key {
        .ctrl(Character(character.lowercased()))
    }
}
