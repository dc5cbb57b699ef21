import CNcurses

/// The one `WINDOW *` the backend draws on, kept behind a type so the pointer type (which
/// differs between platforms) appears in one place.
struct CursesWindow {
    let pointer: UnsafeMutablePointer<WINDOW>

    init(_ pointer: UnsafeMutablePointer<WINDOW>) {
        self.pointer = pointer
    }

    var size: Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cn_getmaxyx(pointer, &rows, &columns)
        return Size(width: Int(columns), height: Int(rows))
    }
}
