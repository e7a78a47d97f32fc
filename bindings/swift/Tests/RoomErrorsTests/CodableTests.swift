import Foundation
import RoomErrors
import XCTest

/// `Codable`: errors as their raw codes, enumerations as their names.
final class CodableTests: XCTestCase {
    private func json<Value: Encodable>(_ value: Value) throws -> String {
        String(decoding: try JSONEncoder().encode([value]), as: UTF8.self)
    }

    private func decode<Value: Decodable>(_ type: Value.Type, _ json: String) throws -> Value {
        try JSONDecoder().decode([Value].self, from: Data(json.utf8))[0]
    }

    func testErrorsAreTheirCodes() throws {
        for raw in cCodes() + [Int32.min, Int32.max, 12345] {
            XCTAssertEqual(try json(RoomError(raw)), "[\(raw)]")
            XCTAssertEqual(try decode(RoomError.self, "[\(raw)]"), RoomError(raw))
        }
        XCTAssertThrowsError(try decode(RoomError.self, "[4294967296]"))
        XCTAssertThrowsError(try decode(RoomError.self, "[\"ERR_SEAT_LOCKED\"]"))
    }

    func testEnumerationsAreTheirNames() throws {
        for language in RoomErrorLanguage.allCases {
            XCTAssertEqual(try json(language), "[\"\(language.tag)\"]")
            XCTAssertEqual(try decode(RoomErrorLanguage.self, "[\"\(language.tag)\"]"), language)
        }
        for category in RoomErrorCategory.allCases {
            XCTAssertEqual(try json(category), "[\"\(category.name)\"]")
            XCTAssertEqual(try decode(RoomErrorCategory.self, try json(category)), category)
        }
        for action in RoomErrorAction.allCases {
            XCTAssertEqual(try decode(RoomErrorAction.self, "[\"\(action.name)\"]"), action)
        }
        for audience in RoomErrorAudience.allCases {
            XCTAssertEqual(try decode(RoomErrorAudience.self, try json(audience)), audience)
        }
        XCTAssertEqual(try json(RoomErrorAction.openSettings), "[\"open_settings\"]")
    }

    func testUnknownNamesDoNotDecode() {
        for json in ["[\"fr\"]", "[\"zh-hant\"]", "[\"\"]", "[0]"] {
            XCTAssertThrowsError(try decode(RoomErrorLanguage.self, json), json)
        }
        XCTAssertThrowsError(try decode(RoomErrorCategory.self, "[\"Seat\"]"))
        XCTAssertThrowsError(try decode(RoomErrorAction.self, "[\"openSettings\"]"))
    }
}
