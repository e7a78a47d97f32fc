import CRoomErrors

/// An error code of the room engine, as a Swift error.
///
/// Any `Int32` is representable, including codes this library does not know: those have no
/// ``code``, an empty ``name``, category ``RoomErrorCategory/unknown`` and the localized
/// unknown-error texts. Every known failure is also a constant (`RoomError.seatLocked`, generated
/// with ``RoomErrorCode``) that `catch` clauses and `switch` cases can name:
///
/// ```swift
/// do {
///     try RoomError.check(engine.takeSeat(3))
/// } catch RoomError.seatLocked {
///     // try another seat
/// } catch let error as RoomError {
///     show(error.localizedDescription)
/// }
/// ```
///
/// Texts come from the C library, decoded into Swift strings once per code and language.
public struct RoomError: RawRepresentable, Error, Hashable, Sendable {
    /// The raw error code.
    public let rawValue: Int32

    /// The error for a raw error code.
    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The error for a raw error code.
    public init(_ rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The error for a known code.
    public init(_ code: RoomErrorCode) {
        self.rawValue = code.rawValue
    }

    /// Throws the error for `value` unless it is `0` (``RoomErrorCode/success``).
    ///
    /// `value` may be of any integer type, such as an Objective-C `NSInteger`. A value outside
    /// `Int32` is no code of the engine: it throws the unknown error `RoomError(Int32(clamping:
    /// value))` (`Int32.min` or `Int32.max`, which no code uses) rather than trapping.
    ///
    /// - Throws: ``RoomError`` for every value but `0`.
    public static func check<Value: BinaryInteger>(_ value: Value) throws {
        if value != 0 {
            throw RoomError(Int32(clamping: value))
        }
    }

    /// The known code, or `nil` for a code this library does not know.
    public var code: RoomErrorCode? {
        RoomErrorCode(rawValue: rawValue)
    }

    /// The symbolic name, such as `"ERR_SEAT_LOCKED"`; `""` for an unknown code.
    public var name: String {
        let table = TextTable.shared
        return table.names[table.row(rawValue)]
    }

    /// The category; ``RoomErrorCategory/unknown`` for an unknown code.
    public var category: RoomErrorCategory {
        RoomErrorCategory(rawValue: room_err_category_id(rawValue)) ?? .unknown
    }

    /// Whether the library knows this code.
    public var isKnown: Bool {
        room_err_is_known(rawValue)
    }

    /// Whether the documented remedy is to try again (``action`` is ``RoomErrorAction/retry``);
    /// `false` for an unknown code.
    public var isRetryable: Bool {
        room_err_is_retryable(rawValue)
    }

    /// The message in `language`: the ``summary(in:)``, then the ``remedy(in:)`` if any.
    public func message(in language: RoomErrorLanguage) -> String {
        let table = TextTable.shared
        return table.messages[table.index(rawValue, language)]
    }

    /// The C library's version: ``RoomErrors/version``, module-level as in every binding.
    @available(*, deprecated, renamed: "RoomErrors.version")
    public static var libraryVersion: String { version }

    /// Whether `error` is `pattern`, so that `catch RoomError.seatLocked` catches that code.
    public static func ~= (pattern: RoomError, error: any Error) -> Bool {
        (error as? RoomError) == pattern
    }
}

extension RoomError: CustomStringConvertible {
    /// The log line of every binding, English with name and code: `ERR_SEAT_LOCKED (-2343): This
    /// seat is locked.`; `UNKNOWN (12345): Unknown error code.` for a code the library does not know.
    public var description: String {
        let name = self.name
        return "\(name.isEmpty ? "UNKNOWN" : name) (\(rawValue)): \(message(in: .en))"
    }
}

/// The C library's version, `"MAJOR.MINOR.PATCH"` (`room_err_version()`), for logs and bug
/// reports; `RoomErrors.version` from outside the module.
public let version = String(cString: room_err_version())

/// Every code the loaded C library knows, in catalog order (`room_err_codes()`), read at run time:
/// a newer library's codes too, which ``RoomErrorCode`` (this package's catalog) lacks.
public let codes: [RoomError] = {
    var count = 0
    let first = room_err_codes(&count)
    return UnsafeBufferPointer(start: first, count: count).map { RoomError(rawValue: $0) }
}()
