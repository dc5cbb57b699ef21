import Foundation
import PostgresNIO

/// A value a statement can take as a parameter, so the store's statements bind model values
/// the way the SQLite store's do (`[customer.name, customer.timeZone, ...]`, nil for NULL)
/// without spelling out PostgresNIO's encoders at every call.
public protocol PostgresBindable {
    func append(to bindings: inout PostgresBindings) throws
}

extension String: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws { bindings.append(self) }
}

extension Int: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws { bindings.append(Int64(self)) }
}

extension Int64: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws { bindings.append(self) }
}

extension Double: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws { bindings.append(self) }
}

extension Bool: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws { bindings.append(self) }
}

/// Bound as `timestamptz` (microseconds, as PostgreSQL keeps them).
extension Date: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws { bindings.append(self) }
}

/// Bound as `bytea`.
extension Data: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws { try bindings.append(self) }
}

extension Optional: PostgresBindable where Wrapped: PostgresBindable {
    public func append(to bindings: inout PostgresBindings) throws {
        switch self {
        case .none: bindings.appendNull()
        case .some(let value): try value.append(to: &bindings)
        }
    }
}

/// Bound as `text[]`, for `= ANY(?)`.
extension Array: PostgresBindable where Element == String {
    public func append(to bindings: inout PostgresBindings) throws { bindings.append(self) }
}
