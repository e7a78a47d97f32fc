import CRoomErrors

/// One kind of text (messages, summaries, …) for every code and language, decoded from the C
/// library into Swift strings once, on first use, then read without locks or allocation.
///
/// Each table is a `static let`, which Swift initializes exactly once and thread-safely on every
/// platform (`swift_once`), and is immutable afterwards, so concurrent reads need no
/// synchronization. A lookup is one dictionary read for the code's row and one array read.
struct TextTable: Sendable {
    static let messages = TextTable(room_err_message)
    static let summaries = TextTable(room_err_summary)
    static let remedies = TextTable(room_err_remedy)
    static let userMessages = TextTable(room_err_user_message)

    /// The symbolic name of every row: the codes' names, then `""` for unknown codes.
    static let names: [String] = (Row.codes + [Row.unknownCode]).map { String(cString: room_err_name($0)) }

    /// The text of row `r` in the language of id `l` at `texts[l * Row.count + r]`.
    private let texts: [String]

    private init(_ lookup: (Int32, RoomErrLang) -> UnsafePointer<CChar>?) {
        var texts: [String] = []
        texts.reserveCapacity(RoomErrorLanguage.allCases.count * Row.count)
        for language in RoomErrorLanguage.allCases {
            assert(Int(language.rawValue) * Row.count == texts.count, "language ids are 0, 1, 2, …")
            for code in Row.codes + [Row.unknownCode] {
                texts.append(lookup(code, language.rawValue).map { String(cString: $0) } ?? "")
            }
        }
        self.texts = texts
    }

    /// The text for `code` (any value) in `language`.
    subscript(code: Int32, language: RoomErrorLanguage) -> String {
        texts[Int(language.rawValue) &* Row.count &+ Row.of(code)]
    }
}

/// The rows of the text tables: one per known code, in catalog order, and a last one that every
/// unknown code shares (the C library gives all unknown codes the same texts).
enum Row {
    /// Every known code, from the C library.
    static let codes: [Int32] = {
        var count = 0
        let codes = room_err_codes(&count)
        return Array(UnsafeBufferPointer(start: codes, count: count))
    }()

    /// A value no code has, whose texts stand for every unknown code.
    static let unknownCode: Int32 = {
        var value = Int32.min
        while room_err_is_known(value) { value += 1 }
        return value
    }()

    /// The number of rows: the known codes and the unknown row.
    static let count = codes.count + 1

    /// The row of each known code.
    private static let index: [Int32: Int] = Dictionary(
        uniqueKeysWithValues: codes.enumerated().map { ($0.element, $0.offset) })

    /// The row of `code`: its own when known, else the unknown row.
    static func of(_ code: Int32) -> Int {
        index[code] ?? codes.count
    }
}
