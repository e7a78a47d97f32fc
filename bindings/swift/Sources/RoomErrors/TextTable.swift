import CRoomErrors

/// Every text of the catalog (messages, summaries, remedies, user messages, names) for every code
/// and language, decoded from the C library into Swift strings once, then read without locks or
/// allocation.
///
/// ``shared`` is a `static let`, which Swift initializes exactly once and thread-safely on every
/// platform (`swift_once`), on first use; it is immutable afterwards, so concurrent reads need no
/// synchronization. A lookup finds the code's row in an open-addressing hash table (one or two
/// probes of a flat array, cheaper than `Dictionary`'s SipHash), then reads the text's array.
struct TextTable: Sendable {
    static let shared = TextTable()

    /// The text of row `r` in the language of id `l` is at `[l * rowCount + r]`; the rows are the
    /// known codes in catalog order, then one that every unknown code shares (the C library gives
    /// all unknown codes the same texts).
    let messages: [String]
    let summaries: [String]
    let remedies: [String]
    let userMessages: [String]
    /// The symbolic name of each row (`""` for the unknown row).
    let names: [String]

    /// The number of rows.
    private let rowCount: Int
    /// The hash table: `keys[slot]` is a code, or `emptyKey`; `rows[slot]` its row.
    private let keys: [Int32]
    private let rows: [Int]
    /// A value no code has: it marks empty slots and stands for every unknown code.
    private let emptyKey: Int32
    /// The hash's right shift: the table has `1 << (32 - shift)` slots.
    private let shift: UInt32

    private init() {
        var count = 0
        let start = room_err_codes(&count)
        let codes = Array(UnsafeBufferPointer(start: start, count: count))
        var emptyKey = Int32.min
        while room_err_is_known(emptyKey) { emptyKey += 1 }
        let rowCodes = codes + [emptyKey]
        rowCount = rowCodes.count

        // At least four slots per code: probe sequences stay short.
        var bits: UInt32 = 4
        while 1 << bits < 4 * codes.count { bits += 1 }
        shift = 32 - bits
        var keys = [Int32](repeating: emptyKey, count: 1 << bits)
        var rows = [Int](repeating: codes.count, count: 1 << bits)
        for (row, code) in codes.enumerated() {
            var slot = TextTable.hash(code, shift)
            while keys[slot] != emptyKey { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = code
            rows[slot] = row
        }
        self.keys = keys
        self.rows = rows
        self.emptyKey = emptyKey

        func texts(_ lookup: (Int32, RoomErrLang) -> UnsafePointer<CChar>?) -> [String] {
            RoomErrorLanguage.allCases.flatMap { language in
                rowCodes.map { lookup($0, language.rawValue).map { String(cString: $0) } ?? "" }
            }
        }
        assert(RoomErrorLanguage.allCases.map(\.rawValue) == Array(0..<Int32(RoomErrorLanguage.allCases.count)))
        messages = texts(room_err_message)
        summaries = texts(room_err_summary)
        remedies = texts(room_err_remedy)
        userMessages = texts(room_err_user_message)
        names = rowCodes.map { String(cString: room_err_name($0)) }
    }

    /// The slot where the probe for `code` starts (Fibonacci hashing).
    private static func hash(_ code: Int32, _ shift: UInt32) -> Int {
        Int((UInt32(bitPattern: code) &* 0x9E37_79B9) >> shift)
    }

    /// The row of `code` (any value): its own when known, else the unknown row.
    func row(_ code: Int32) -> Int {
        var slot = TextTable.hash(code, shift)
        while true {
            let key = keys[slot]
            if key == code { return rows[slot] }
            if key == emptyKey { return rowCount - 1 }
            slot = (slot &+ 1) & (keys.count &- 1)
        }
    }

    /// The index of `code`'s text in `language` in the text arrays.
    func index(_ code: Int32, _ language: RoomErrorLanguage) -> Int {
        Int(language.rawValue) &* rowCount &+ row(code)
    }
}
