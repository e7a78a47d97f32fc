import CRoomErrors
import Foundation
import RoomErrors
import XCTest

/// The generated and hand-written enumerations against the C library and its header, for every
/// code, language and category.
final class CatalogTests: XCTestCase {
    func testCodesAreTheLibrarysInCatalogOrder() {
        XCTAssertEqual(RoomErrorCode.allCases.map(\.rawValue), cCodes())
    }

    func testEveryCodeMatchesItsCConstantAndName() throws {
        let constants = try headerConstants()
        for code in RoomErrorCode.allCases {
            let error = RoomError(code)
            let cName = String(cString: room_err_name(code.rawValue))
            XCTAssertEqual(error.name, cName)
            XCTAssertEqual(constants["ROOM_" + cName], code.rawValue, "\(code)")
            XCTAssertEqual("\(code)", lowerCamel(cName), "case name of \(cName)")
            XCTAssertEqual(error.code, code)
            XCTAssertTrue(error.isKnown, "\(code)")
        }
        XCTAssertEqual(Set(RoomErrorCode.allCases.map { RoomError($0).name }).count, RoomErrorCode.allCases.count)
    }

    func testEveryPropertyOfEveryCodeComesFromTheLibrary() {
        for code in RoomErrorCode.allCases {
            let raw = code.rawValue
            let error = RoomError(code)
            XCTAssertEqual(error.category.rawValue, room_err_category_id(raw), "\(code)")
            XCTAssertEqual("\(error.category)", String(cString: room_err_category(raw)), "\(code)")
            XCTAssertNotEqual(error.category, .unknown, "\(code)")
            XCTAssertEqual(error.isRetryable, room_err_is_retryable(raw), "\(code)")
            for language in RoomErrorLanguage.allCases {
                let text = error.message(in: language)
                XCTAssertEqual(text, String(cString: room_err_message(raw, language.rawValue)))
                XCTAssertFalse(text.isEmpty, "\(code) in \(language)")
                XCTAssertNotEqual(text, RoomError(Int32.min).message(in: language), "\(code) in \(language)")
            }
        }
    }

    func testLanguagesAreTheLibrarysAndMatchTheirCConstants() throws {
        let constants = try headerConstants()
        let languages = RoomErrorLanguage.allCases
        XCTAssertEqual(languages.map(\.rawValue), Array(0..<Int32(languages.count)))
        for language in languages {
            XCTAssertEqual(RoomErrorLanguage(tag: language.tag), language)
            let constant = "ROOM_ERR_LANG_" + language.tag.uppercased().replacingOccurrences(of: "-", with: "_")
            XCTAssertEqual(constants[constant], language.rawValue, constant)
        }
        XCTAssertEqual(Set(languages.map(\.tag)).count, languages.count)
        // The first id past the enumeration is not a language of the library (it falls back to
        // English), so the generated enumeration has them all.
        let next = Int32(languages.count)
        XCTAssertNotEqual(room_err_lang_from_tag(room_err_lang_tag(next)), next)
    }

    func testCategoriesMatchTheirCConstants() throws {
        let constants = try headerConstants()
        for category in RoomErrorCategory.allCases {
            XCTAssertEqual(constants["ROOM_ERR_CATEGORY_\("\(category)".uppercased())"], category.rawValue)
        }
        XCTAssertEqual(RoomErrorCategory.unknown.rawValue, ROOM_ERR_CATEGORY_UNKNOWN)
        XCTAssertEqual(RoomErrorCategory.server.rawValue, ROOM_ERR_CATEGORY_SERVER)
    }

    func testEveryCConstantHasASwiftCounterpart() throws {
        let constants = try headerConstants()
        let expected = RoomErrorCode.allCases.count + RoomErrorLanguage.allCases.count
            + RoomErrorCategory.allCases.count
        XCTAssertEqual(constants.count, expected, "constants in room_errors.h")
        XCTAssertEqual(RoomErrorCode.seatLocked.rawValue, ROOM_ERR_SEAT_LOCKED)
        XCTAssertEqual(RoomErrorLanguage.zhHant.rawValue, ROOM_ERR_LANG_ZH_HANT)
    }
}

/// Every known code, from the C library.
func cCodes() -> [Int32] {
    var count = 0
    let codes = room_err_codes(&count)
    return Array(UnsafeBufferPointer(start: codes, count: count))
}

/// `ERR_SEAT_LOCKED` → `seatLocked`, `ERR_SUCC` → `success`: the naming rule of the generated cases.
private func lowerCamel(_ cName: String) -> String {
    let words = cName.dropFirst("ERR_".count).lowercased().split(separator: "_").map(String.init)
    if words == ["succ"] { return "success" }
    return words.enumerated().map { $0.offset == 0 ? $0.element : $0.element.capitalized }.joined()
}

/// Every `#define ROOM_ERR_… value` of include/room_errors.h.
private func headerConstants() throws -> [String: Int32] {
    let header = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("include/room_errors.h")
    var constants: [String: Int32] = [:]
    for line in try String(contentsOf: header, encoding: .utf8).split(separator: "\n") {
        let fields = line.split(separator: " ")
        guard fields.count == 3, fields[0] == "#define", fields[1].hasPrefix("ROOM_ERR_") else { continue }
        constants[String(fields[1])] = Int32(fields[2])
    }
    return constants
}
