import CRoomErrors
import Foundation
import RoomErrors
import XCTest

/// Locale tags to languages, through the library, and the user's preferred language.
final class LanguageTests: XCTestCase {
    func testTagsNegotiateLikeTheLibrary() {
        let expected: [String: RoomErrorLanguage] = [
            "zh-Hans-CN": .zhHans, "zh_CN.UTF-8": .zhHans, "zh": .zhHans, "ZH-hans": .zhHans,
            "zh_TW": .zhHant, "zh-Hant": .zhHant, "zh-HK": .zhHant, "zh_TW.Big5@stroke": .zhHant,
            "en-GB": .en, "en_US.UTF-8": .en, "en": .en,
        ]
        for (tag, language) in expected {
            XCTAssertEqual(RoomErrorLanguage(tag: tag), language, tag)
            XCTAssertEqual(RoomErrorLanguage(tag: tag).rawValue, room_err_lang_from_tag(tag), tag)
        }
    }

    func testUnsupportedAndMalformedTagsMeanEnglish() {
        for tag in ["", "C", "POSIX", "fr-FR", "-", "_zh", "chinesezh-TW", "x\u{0}zh",
                    "中文", "\u{FFFD}", String(repeating: "zh", count: 10_000)] {
            XCTAssertEqual(RoomErrorLanguage(tag: tag), .en, tag)
        }
    }

    func testTagsRoundTrip() {
        for language in RoomErrorLanguage.allCases {
            XCTAssertEqual(RoomErrorLanguage(tag: language.tag), language)
            XCTAssertEqual(RoomErrorLanguage(tag: language.tag.replacingOccurrences(of: "-", with: "_")), language)
        }
        XCTAssertEqual(RoomErrorLanguage.zhHant.tag, "zh-Hant")
    }

    func testPreferencesPickTheFirstLanguageTheCatalogHas() {
        XCTAssertEqual(RoomErrorLanguage(preferences: ["fr-FR", "zh-Hant-TW", "en"]), .zhHant)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["en-GB", "zh-Hans"]), .en)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["C", "", "zh_CN.UTF-8"]), .zhHans)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["fr", "de-DE"]), .en)
        XCTAssertEqual(RoomErrorLanguage(preferences: []), .en)
        for language in RoomErrorLanguage.allCases {
            XCTAssertEqual(RoomErrorLanguage(preferences: ["xx", language.tag + "-XX"]), language)
        }
    }

    func testPreferredFollowsTheLocale() {
        XCTAssertEqual(RoomErrorLanguage.preferred, RoomErrorLanguage(preferences: Locale.preferredLanguages))
    }
}
