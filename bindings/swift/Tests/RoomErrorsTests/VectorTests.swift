import CRoomErrors
import XCTest

import RoomErrors

/// The binding against the conformance vectors (`make vectors`: target/vectors/*.tsv, written from
/// the C library): every code in every language, every code's properties, every action's labels,
/// tags and lists (embedded NUL, CR, spaces). Each test prints how many checks it ran and fails
/// below its floor. Swift's `nil` (no remedy, no label, no retry delay) is C's `""` and `0`.
final class VectorTests: XCTestCase {
    private var checks = 0

    private func check<T: Equatable>(_ actual: T, _ expected: T, _ context: @autoclosure () -> String,
                                     file: StaticString = #filePath, line: UInt = #line) {
        checks += 1
        XCTAssertEqual(actual, expected, context(), file: file, line: line)
    }

    private func expectChecks(atLeast floor: Int, _ what: String) {
        print("\(what): \(checks) checks against target/vectors")
        XCTAssertGreaterThanOrEqual(checks, floor, "\(what) ran fewer checks than its floor")
    }

    /// The rows of target/vectors/`name`.tsv, keyed by the header's column names.
    private func read(_ name: String) throws -> [[String: String]] {
        let lines = try repositoryFile("target/vectors/\(name).tsv").split(separator: "\n", omittingEmptySubsequences: true)
        let header = try XCTUnwrap(lines.first, "\(name).tsv is empty")
        XCTAssertTrue(header.hasPrefix("#"))
        let columns = header.dropFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let rows = lines.dropFirst().map { line -> [String: String] in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { unescape(String($0)) }
            XCTAssertEqual(fields.count, columns.count, String(line))
            return Dictionary(uniqueKeysWithValues: zip(columns, fields))
        }
        XCTAssertFalse(rows.isEmpty, "\(name).tsv has no rows")
        return rows
    }

    private func unescape(_ field: String) -> String {
        var out = String.UnicodeScalarView()
        var scalars = field.unicodeScalars.makeIterator()
        while let c = scalars.next() {
            guard c == "\\", let next = scalars.next() else {
                out.append(c)
                continue
            }
            switch next {
            case "\\": out.append("\\")
            case "t": out.append("\t")
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "0": out.append("\0")
            case "x":
                let hex = String(String.UnicodeScalarView([scalars.next()!, scalars.next()!]))
                out.append(Unicode.Scalar(UInt8(hex, radix: 16)!))
            default: XCTFail("unknown escape \\\(next) in \(field)")
            }
        }
        return String(out)
    }

    private func language(_ tag: String) -> RoomErrorLanguage {
        RoomErrorLanguage(tag: tag)
    }

    func testTextsOfEveryCodeInEveryLanguage() throws {
        for row in try read("texts") {
            let error = RoomError(Int32(row["code"]!)!)
            let lang = language(row["lang"]!)
            let context = "\(row["code"]!) \(row["lang"]!)"
            check(lang.tag, row["lang"]!, context)
            check(error.message(in: lang), row["message"]!, context)
            check(error.summary(in: lang), row["summary"]!, context)
            check(error.remedy(in: lang) ?? "", row["remedy"]!, context)
            check(error.remedy(in: lang) == nil, row["remedy"]!.isEmpty, context)
            check(error.userMessage(in: lang), row["user_message"]!, context)
            if let code = error.code {
                check(code.message(in: lang), row["message"]!, context)
            }
        }
        expectChecks(atLeast: 9000, "texts")
    }

    func testPropertiesOfEveryCode() throws {
        var known: [Int32] = []
        let english = Dictionary(uniqueKeysWithValues: try read("texts").filter { $0["lang"] == "en" }.map { ($0["code"]!, $0["message"]!) })
        for row in try read("codes") {
            let raw = Int32(row["code"]!)!
            let error = RoomError(raw)
            let context = row["code"]!
            if row["known"] == "1" { known.append(raw) }
            check(error.isKnown, row["known"] == "1", context)
            check(error.code != nil, row["known"] == "1", context)
            check(error.name, row["name"]!, context)
            check(error.category.rawValue, Int32(row["category_id"]!)!, context)
            check(error.category.name, row["category"]!, context)
            check(error.action.rawValue, Int32(row["action_id"]!)!, context)
            check(error.action.name, row["action"]!, context)
            check(error.audience.rawValue, Int32(row["audience_id"]!)!, context)
            check(error.audience.name, row["audience"]!, context)
            let ms = Int64(row["retry_after_ms"]!)!
            check(error.retryAfter, ms == 0 ? nil : .milliseconds(ms), context)
            check(error.isRetryable, row["retryable"] == "1", context)
            check(error.description, "\(row["name"]!.isEmpty ? "UNKNOWN" : row["name"]!) (\(raw)): \(english[context]!)", context)
        }
        check(RoomErrors.codes.map(\.rawValue), known, "codes")
        expectChecks(atLeast: 1500, "codes")
    }

    func testLabelsOfEveryAction() throws {
        for row in try read("actions") {
            let id = Int32(row["action_id"]!)!
            let context = "\(id) \(row["lang"]!)"
            guard let action = RoomErrorAction(rawValue: id) else {
                check(row["name"]! + row["label"]!, "", context)  // C answers "" for ids it does not know
                continue
            }
            check(action.name, row["name"]!, context)
            check(action.label(in: language(row["lang"]!)) ?? "", row["label"]!, context)
        }
        expectChecks(atLeast: 100, "actions")
    }

    func testTagsAndLists() throws {
        for row in try read("tags") {  // an embedded NUL ends the tag, as in C
            check(RoomErrorLanguage(tag: row["input"]!).tag, row["expected"]!, "tag \(row["input"]!.debugDescription)")
        }
        for row in try read("lists") {
            check(RoomErrorLanguage(list: row["input"]!).tag, row["expected"]!, "list \(row["input"]!.debugDescription)")
        }
        for row in try read("langs") {
            let id = Int32(row["id"]!)!
            if let lang = RoomErrorLanguage(rawValue: id) {
                check(lang.tag, row["tag"]!, "lang \(id)")
            }
            check(RoomError.seatLocked.message(in: RoomErrorLanguage(rawValue: id) ?? .en),
                  RoomError.seatLocked.message(in: language(row["tag"]!)), "lang \(id)")
        }
        expectChecks(atLeast: 20, "tags and lists")
    }
}
