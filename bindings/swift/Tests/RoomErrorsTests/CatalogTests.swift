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
            XCTAssertEqual("\(code)".lowercased(), lowerCamel(cName).lowercased(), "case name of \(cName)")
            XCTAssertNil("\(code)".range(of: "(Id|Im|Sdk|Hevc)([A-Z]|$)|^sdkappid", options: .regularExpression),
                         "acronyms in \(code)")
            XCTAssertEqual(code.name, cName)
            XCTAssertEqual(code.category, error.category)
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
                XCTAssertEqual(code.message(in: language), text)
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

    func testActionsAndAudiencesMatchTheirCConstants() throws {
        let constants = try headerConstants()
        for action in RoomErrorAction.allCases {
            XCTAssertEqual(constants["ROOM_ERR_ACTION_" + action.name.uppercased()], action.rawValue)
            XCTAssertEqual(action.name, String(cString: room_err_action_name(action.rawValue)))
        }
        XCTAssertEqual(RoomErrorAction.openSettings.rawValue, ROOM_ERR_ACTION_OPEN_SETTINGS)
        for audience in RoomErrorAudience.allCases {
            XCTAssertEqual(constants["ROOM_ERR_AUDIENCE_" + audience.name.uppercased()], audience.rawValue)
        }
        // The first id past each enumeration has no name, so the enumerations have every id.
        XCTAssertEqual(String(cString: room_err_action_name(Int32(RoomErrorAction.allCases.count))), "")
    }

    func testCategoryNamesAreTheLibrarys() {
        for raw in cCodes() + [12345] {
            let category = RoomError(raw).category
            XCTAssertEqual(category.name, String(cString: room_err_category(raw)), "\(raw)")
        }
        XCTAssertEqual(RoomErrorCategory.unknown.name, "unknown")
        XCTAssertEqual(Set(RoomErrorCategory.allCases.map(\.name)).count, RoomErrorCategory.allCases.count)
    }

    func testEarlierCaseNamesStillWork() {
        XCTAssertEqual(oldCodeNames.sdkappidNotFound, .sdkAppIDNotFound)
        XCTAssertEqual(oldCodeNames.roomIdInvalid, .roomIDInvalid)
        XCTAssertEqual(oldCodeNames.serverRoomIdOccupiedByIm, .serverRoomIDOccupiedByIM)
        XCTAssertEqual(oldErrorNames.sdkappidNotFound, RoomError(.sdkAppIDNotFound))
        XCTAssertEqual(oldErrorNames.roomIdInvalid, .roomIDInvalid)
    }

    func testEveryCConstantHasASwiftCounterpart() throws {
        let constants = try headerConstants()
        let expected = RoomErrorCode.allCases.count + RoomErrorLanguage.allCases.count
            + RoomErrorCategory.allCases.count + RoomErrorAction.allCases.count + RoomErrorAudience.allCases.count
        XCTAssertEqual(constants.count, expected, "constants in room_errors.h")
        XCTAssertEqual(RoomErrorCode.seatLocked.rawValue, ROOM_ERR_SEAT_LOCKED)
        XCTAssertEqual(RoomErrorLanguage.zhHant.rawValue, ROOM_ERR_LANG_ZH_HANT)
    }

    func testLibraryVersionIsTheHeaders() {
        let header = "\(ROOM_ERR_VERSION_MAJOR).\(ROOM_ERR_VERSION_MINOR).\(ROOM_ERR_VERSION_PATCH)"
        XCTAssertEqual(RoomErrors.version, header)
    }
}

/// A few deprecated spellings, reached through protocol requirements so that using them here
/// raises no deprecation warning (the suite builds with warnings as errors).
private protocol OldCodeSpellings {
    static var sdkappidNotFound: RoomErrorCode { get }
    static var roomIdInvalid: RoomErrorCode { get }
    static var serverRoomIdOccupiedByIm: RoomErrorCode { get }
}
extension RoomErrorCode: OldCodeSpellings {}
private let oldCodeNames: any OldCodeSpellings.Type = RoomErrorCode.self

private protocol OldErrorSpellings {
    static var sdkappidNotFound: RoomError { get }
    static var roomIdInvalid: RoomError { get }
}
extension RoomError: OldErrorSpellings {}
private let oldErrorNames: any OldErrorSpellings.Type = RoomError.self

/// `ERR_SEAT_LOCKED` → `seatLocked`, `ERR_SUCC` → `success`: the naming rule of the generated cases.
private func lowerCamel(_ cName: String) -> String {
    let words = cName.dropFirst("ERR_".count).lowercased().split(separator: "_").map(String.init)
    if words == ["succ"] { return "success" }
    return words.enumerated().map { $0.offset == 0 ? $0.element : $0.element.capitalized }.joined()
}

/// Every `#define ROOM_ERR_… value` of include/room_errors.h but the version macros: the codes
/// and ids.
private func headerConstants() throws -> [String: Int32] {
    var constants: [String: Int32] = [:]
    for line in try repositoryFile("include/room_errors.h").split(separator: "\n") {
        let fields = line.split(separator: " ")
        guard fields.count == 3, fields[0] == "#define", fields[1].hasPrefix("ROOM_ERR_"),
              !fields[1].hasPrefix("ROOM_ERR_VERSION_") else { continue }
        constants[String(fields[1])] = Int32(fields[2])
    }
    return constants
}
