import CRoomErrors
import Foundation
import RoomErrors
import XCTest

/// Summary, remedy, action, audience, user message and retry delay against the C
/// library, for every known code, a spread of unknown values and every language.
final class AdviceTests: XCTestCase {
    private let values = cCodes() + [Int32.min, Int32.max, 12345, -12345, 0x7fff_0000]

    func testTextsAreTheLibrarys() {
        for raw in values {
            let error = RoomError(raw)
            for language in RoomErrorLanguage.allCases {
                let lang = language.rawValue
                XCTAssertEqual(error.summary(in: language), String(cString: room_err_summary(raw, lang)))
                let remedy = String(cString: room_err_remedy(raw, lang))
                XCTAssertEqual(error.remedy(in: language), remedy.isEmpty ? nil : remedy, "\(raw) \(language)")
                XCTAssertEqual(error.userMessage(in: language), String(cString: room_err_user_message(raw, lang)))
                XCTAssertFalse(error.summary(in: language).isEmpty, "\(raw) \(language)")
            }
        }
    }

    func testActionAudienceAndRetryAreTheLibrarys() {
        for raw in values {
            let error = RoomError(raw)
            XCTAssertEqual(error.action.rawValue, room_err_action(raw), "\(raw)")
            XCTAssertEqual(error.action.name, String(cString: room_err_action_name(room_err_action(raw))))
            XCTAssertEqual(error.audience.rawValue, room_err_audience(raw), "\(raw)")
            XCTAssertEqual(error.isRetryable, error.action == .retry, "\(raw)")
            let milliseconds = room_err_retry_after_ms(raw)
            XCTAssertEqual(error.retryAfterInterval, milliseconds == 0 ? nil : Double(milliseconds) / 1000)
            XCTAssertEqual(error.retryAfter, milliseconds == 0 ? nil : .milliseconds(milliseconds), "\(raw)")
        }
        XCTAssertEqual(RoomError(12345).action, .none)
        XCTAssertEqual(RoomError(12345).audience, .developer)
    }

    func testLabelsAreTheLibrarys() {
        for action in RoomErrorAction.allCases {
            for language in RoomErrorLanguage.allCases {
                let label = String(cString: room_err_action_label(action.rawValue, language.rawValue))
                XCTAssertEqual(action.label(in: language), label.isEmpty ? nil : label, "\(action) \(language)")
            }
        }
        XCTAssertNil(RoomErrorAction.none.label(in: .en))
        XCTAssertNil(RoomErrorAction.fixIntegration.label(in: .ja))
        XCTAssertNotNil(RoomErrorAction.openSettings.label(in: .zhHans))
    }

    func testUserMessagesHideDeveloperTexts() {
        for raw in values {
            let error = RoomError(raw)
            for language in RoomErrorLanguage.allCases where error.audience == .user {
                XCTAssertEqual(error.userMessage(in: language), error.message(in: language))
            }
        }
        let generic = RoomError(12345).userMessage(in: .en)
        for error in cCodes().map({ RoomError($0) }) where error.audience == .developer {
            XCTAssertEqual(error.userMessage(in: .en), generic, "\(error)")
        }
    }
}
