import CNcurses
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw. It copies canvases to the screen cell by cell, but
/// only the cells that changed since the previous frame, and lets ncurses compute the
/// minimal byte stream (a cursor move redraws nothing).
///
/// Setup: checks that stdin and stdout are terminals (otherwise throws
/// ``TerminalError/notATerminal`` instead of letting ncurses print garbage), sets the locale
/// from the environment (ncursesw measures wide characters wrongly without it; falls back to
/// C.UTF-8 when the environment's locale is not UTF-8), and puts the terminal in raw mode:
/// Ctrl-C, Ctrl-Z, Ctrl-S arrive as keys (`<C-c>`…) the keymap can bind. ESC is reported
/// after 25 ms. Colours are detected from `COLORS`, `COLOR_PAIRS` and `NO_COLOR`.
///
/// ncurses owns SIGWINCH: a resize arrives as `KEY_RESIZE`, which becomes `.resize(size)`
/// and forces the next frame to repaint the whole screen.
///
/// Only one instance can be active at a time (ncurses has one screen).
public final class CursesBackend: TerminalBackend, TerminalSuspending {
    public struct Options: Sendable {
        /// Report mouse clicks and wheel (takes over the terminal's own text selection).
        public var enablesMouse: Bool
        /// Milliseconds to wait after ESC for the rest of an escape sequence.
        public var escapeDelayMilliseconds: Int32
        /// Environment consulted for `NO_COLOR` and `TERM`.
        public var environment: [String: String]

        public init(enablesMouse: Bool = false, escapeDelayMilliseconds: Int32 = 25,
                    environment: [String: String] = ProcessInfo.processInfo.environment) {
            self.enablesMouse = enablesMouse
            self.escapeDelayMilliseconds = escapeDelayMilliseconds
            self.environment = environment
        }
    }

    public private(set) var size: Size
    public let colorSupport: ColorSupport
    /// Cells written to ncurses by the last `present` (for benchmarks and diagnostics).
    public private(set) var lastWrittenCellCount = 0

    private let screen: OpaquePointer
    private let window: CursesWindow
    private var previous: Canvas?
    private var colorPairs: CursesColorPairs
    private var cursorVisible = false
    private var isShutDown = false
    private let attributeBits: AttributeBits

    private static let active = Atomic<Bool>(false)

    /// Takes over the terminal.
    /// - Throws: ``TerminalError/notATerminal`` when stdin or stdout is not a TTY,
    ///   ``TerminalError/unsupportedTerminal(term:)`` when ncurses does not know `TERM`,
    ///   ``TerminalError/alreadyActive`` when another instance is running.
    public init(options: Options = Options()) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard CursesBackend.active.compareExchange(expected: false, desired: true, ordering: .acquiringAndReleasing).exchanged else {
            throw .alreadyActive
        }
        setlocale(LC_ALL, "")
        if let codeset = nl_langinfo(nl_item(CODESET)), String(cString: codeset) != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        guard let screen = cn_newterm() else {
            CursesBackend.active.store(false, ordering: .releasing)
            throw .unsupportedTerminal(term: options.environment["TERM"] ?? "(unset)")
        }
        self.screen = screen
        let window = CursesWindow(cn_stdscr())
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window.pointer, true)
        intrflush(window.pointer, false)
        _ = cn_set_escdelay(options.escapeDelayMilliseconds)
        curs_set(0)
        var hasDefaultColors = false
        var colorCount = 0
        if has_colors() {
            start_color()
            hasDefaultColors = use_default_colors() != ERR
            colorCount = Int(cn_colors())
        }
        colorSupport = ColorSupport.detect(colorCount: colorCount, environment: options.environment)
        colorPairs = CursesColorPairs(support: colorSupport, pairLimit: min(cn_color_pairs(), 32767),
                                      hasDefaultColors: hasDefaultColors)
        attributeBits = AttributeBits()
        if options.enablesMouse { cn_mouse_enable(1) }
        size = window.size
    }

    deinit {
        shutdown()
    }

    public func present(_ canvas: Canvas) {
        guard !isShutDown else { return }
        if canvas.size != size || previous?.size != canvas.size {
            // First frame, or the canvas does not match what is on screen: repaint it all.
            previous = nil
        }
        if previous == nil {
            werase(window.pointer)
            cn_force_repaint(window.pointer)
        }
        let rows = min(canvas.size.height, size.height)
        let columns = min(canvas.size.width, size.width)
        var written = 0
        canvas.cells.withUnsafeBufferPointer { cells in
            let old = previous?.cells
            for y in 0..<rows {
                let start = y * canvas.size.width
                for x in 0..<columns {
                    let cell = cells[start + x]
                    if let old, old[start + x] == cell { continue }
                    if cell.width == 0 {
                        // A continuation changed: rewrite its leading half, which owns it.
                        if x > 0, cells[start + x - 1].width == 2, old?[start + x - 1] == cells[start + x - 1] {
                            write(cells[start + x - 1], x: x - 1, y: y)
                            written += 1
                        }
                        continue
                    }
                    write(cell, x: x, y: y)
                    written += 1
                }
            }
        }
        lastWrittenCellCount = written
        previous = canvas
        if let cursor = canvas.cursor, cursor.x < size.width, cursor.y < size.height {
            if !cursorVisible { curs_set(1) }
            cursorVisible = true
            wmove(window.pointer, Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        wnoutrefresh(window.pointer)
        doupdate()
    }

    /// Writes one cell with `mvwadd_wch`. Wide clusters are written once at their first
    /// cell. Clusters the C library would measure differently from the canvas (scalars
    /// newer than its Unicode tables) are replaced by U+FFFD so columns stay aligned.
    private func write(_ cell: Cell, x: Int, y: Int) {
        let attributes = attributeBits.bits(for: cell.style.attributes)
        let pair = colorPairs.pair(for: cell.style)
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: 8) { buffer in
            var count = 0
            let scalars = cell.text.unicodeScalars
            if let base = scalars.first, base.value >= 0x1F1E6, base.value <= 0x1F1FF, scalars.count >= 2, cell.width == 2 {
                // A flag: two regional indicators, one column each for wcwidth.
                for (offset, scalar) in scalars.prefix(2).enumerated() {
                    buffer[0] = wchar_t(bitPattern: scalar.value)
                    _ = cn_put_cell(window.pointer, Int32(y), Int32(x + offset), buffer.baseAddress, 1, attributes, pair)
                }
                return
            }
            for scalar in scalars {
                if count > 0 && cn_wcwidth(wchar_t(bitPattern: scalar.value)) != 0 { break }
                if count == Int(cn_ccharw_max()) { break }
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            // A trailing ZWJ would join whatever the terminal prints next.
            if count > 1 && buffer[count - 1] == 0x200D { count -= 1 }
            if count == 0 || (buffer[0] >= 0x80 && Int(cn_wcwidth(buffer[0])) != Int(cell.width)) {
                // The C library disagrees about the width: keep the columns, lose the glyph.
                buffer[0] = 0xFFFD
                count = 1
                _ = cn_put_cell(window.pointer, Int32(y), Int32(x), buffer.baseAddress, 1, attributes, pair)
                if cell.width == 2 {
                    buffer[0] = 0x20
                    _ = cn_put_cell(window.pointer, Int32(y), Int32(x + 1), buffer.baseAddress, 1, attributes, pair)
                }
                return
            }
            _ = cn_put_cell(window.pointer, Int32(y), Int32(x), buffer.baseAddress, Int32(count), attributes, pair)
        }
    }

    public func nextEvent(timeoutMilliseconds: Int32) -> TerminalEvent? {
        guard !isShutDown else { return nil }
        wtimeout(window.pointer, max(0, timeoutMilliseconds))
        var value: Int32 = 0
        let result = cn_get_wch(window.pointer, &value)
        if result == KEY_CODE_YES {
            switch value {
            case KEY_RESIZE:
                size = window.size
                previous = nil
                return .resize(size)
            case KEY_MOUSE:
                var row: Int32 = 0, column: Int32 = 0, kind: Int32 = 0
                guard cn_get_mouse(&row, &column, &kind) != ERR else { return nil }
                let position = Point(x: Int(column), y: Int(row))
                switch kind {
                case 1: return .mouse(MouseEvent(kind: .click, position: position))
                case 4: return .mouse(MouseEvent(kind: .wheelUp, position: position))
                case 5: return .mouse(MouseEvent(kind: .wheelDown, position: position))
                default: return nil
                }
            default:
                return CursesKeyDecoder.decodeKeyCode(value).map(TerminalEvent.key)
            }
        }
        guard result == OK else { return nil }
        return CursesKeyDecoder.decodeCharacter(UInt32(bitPattern: value)).map(TerminalEvent.key)
    }

    /// Leaves curses mode while `body` runs another program on the terminal, then takes the
    /// terminal back: the next frame is painted in full, at the size the terminal has now.
    public func suspend<T>(_ body: () throws -> T) rethrows -> T {
        guard !isShutDown else { return try body() }
        def_prog_mode()
        curs_set(1)
        endwin()
        defer {
            reset_prog_mode()
            curs_set(0)
            previous = nil
            wrefresh(window.pointer)
            size = window.size
        }
        return try body()
    }

    /// Restores the terminal (cursor, echo, cooked mode, main screen). Idempotent.
    public func shutdown() {
        guard !isShutDown else { return }
        isShutDown = true
        curs_set(1)
        endwin()
        delscreen(screen)
        CursesBackend.active.store(false, ordering: .releasing)
    }
}
