import CRoomErrors
import Foundation
import RoomErrors
import XCTest

/// Locale tags, preference lists and locales to languages, through the library, and the user's
/// preferred language.
final class LanguageTests: XCTestCase {
    /// tests/lang/cases.tsv: (input, expected tag), shared by every binding.
    private func sharedCases() throws -> [(input: String, expected: String)] {
        try repositoryFile("tests/lang/cases.tsv").split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { return nil }
            return (String(fields[0]), String(fields[1]))
        }
    }

    func testSharedCasesNegotiateAsExpected() throws {
        let cases = try sharedCases()
        XCTAssertGreaterThan(cases.count, 20)
        let listSyntax = CharacterSet(charactersIn: ",:;").union(.whitespaces)
        for (input, expected) in cases {
            XCTAssertEqual(RoomErrorLanguage(list: input).tag, expected, "list \(input)")
            if input.rangeOfCharacter(from: listSyntax) == nil {
                XCTAssertEqual(RoomErrorLanguage(tag: input).tag, expected, "tag \(input)")
                XCTAssertEqual(RoomErrorLanguage(preferences: [input]).tag, expected, "preferences [\(input)]")
            } else if !input.contains(";") {
                // A list of plain tags: the same answer as an array of them.
                let tags = input.components(separatedBy: listSyntax).filter { !$0.isEmpty }
                XCTAssertEqual(RoomErrorLanguage(preferences: tags).tag, expected, "preferences \(tags)")
            }
        }
    }

    func testTagsAndListsAreTheLibrarys() {
        for input in ["zh-Hans-CN", "zh_TW.Big5@stroke", "yue", "en-GB, zh-TW", "zh_TW:ja", "", "中文"] {
            XCTAssertEqual(RoomErrorLanguage(tag: input).rawValue, room_err_lang_from_tag(input), input)
            XCTAssertEqual(RoomErrorLanguage(list: input).rawValue, room_err_lang_from_list(input), input)
        }
    }

    func testUnsupportedAndMalformedInputMeansEnglish() {
        for tag in ["", "C", "POSIX", "fr-FR", "-", "_zh", "chinesezh-TW", "x\u{0}zh",
                    "中文", "\u{FFFD}", String(repeating: "zh", count: 10_000)] {
            XCTAssertEqual(RoomErrorLanguage(tag: tag), .en, tag)
            XCTAssertEqual(RoomErrorLanguage(list: tag), .en, tag)
        }
        XCTAssertEqual(RoomErrorLanguage(list: String(repeating: "fr,", count: 300_000)), .en)
    }

    func testTagsRoundTrip() {
        for language in RoomErrorLanguage.allCases {
            XCTAssertEqual(RoomErrorLanguage(tag: language.tag), language)
            XCTAssertEqual(RoomErrorLanguage(tag: language.tag.replacingOccurrences(of: "-", with: "_")), language)
            XCTAssertEqual(RoomErrorLanguage(preferences: ["xx", language.tag + "-XX"]), language)
        }
        XCTAssertEqual(RoomErrorLanguage.zhHant.tag, "zh-Hant")
    }

    func testPreferencesAreOneTagEach() {
        XCTAssertEqual(RoomErrorLanguage(preferences: ["fr-FR", "zh-Hant-TW", "en"]), .zhHant)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["en-GB", "zh-Hans"]), .en)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["C", "", "zh_CN.UTF-8"]), .zhHans)
        XCTAssertEqual(RoomErrorLanguage(preferences: []), .en)
        // Elements holding list syntax are not tags: skipped, not read as lists or weights.
        XCTAssertEqual(RoomErrorLanguage(preferences: ["en;q=0", "ja"]), .ja)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["en,ko", "ja"]), .ja)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["en ko", "zh_TW:en", "ko"]), .ko)
    }

    func testLocalesNegotiateByIdentifier() {
        let expected: [String: RoomErrorLanguage] = [
            "zh_TW": .zhHant, "zh-Hant_HK": .zhHant, "zh_Hans_CN": .zhHans, "zh": .zhHans,
            "ja_JP": .ja, "ko": .ko, "ar_EG": .ar, "en_US@calendar=gregorian": .en, "fr_FR": .en,
        ]
        for (identifier, language) in expected {
            XCTAssertEqual(RoomErrorLanguage(locale: Locale(identifier: identifier)), language, identifier)
        }
    }

    func testTheAppsLocalizationsNarrowThePreferences() {
        // The interface is Japanese (the first preference the app has), so are the errors.
        XCTAssertEqual(RoomErrorLanguage(preferences: ["fr", "ja", "zh-Hant"], localizations: ["en", "zh-Hant", "ja"]), .ja)
        // The interface is French, which the catalog lacks: English, not the user's later Chinese.
        XCTAssertEqual(RoomErrorLanguage(preferences: ["fr", "zh-Hant"], localizations: ["en", "fr"]), .en)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["ko-KR", "en"], localizations: ["en", "ko"]), .ko)
        // No localizations of its own: the user's list decides.
        XCTAssertEqual(RoomErrorLanguage(preferences: ["fr", "zh-Hant"], localizations: []), .zhHant)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["fr", "zh-Hant"], localizations: ["Base"]), .zhHant)
        // Chinese: the script decides which localization serves a preference.
        XCTAssertEqual(RoomErrorLanguage(preferences: ["zh-Hant-TW", "ja"], localizations: ["zh-Hans", "ja"]), .ja)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["zh-Hant-TW", "ja"], localizations: ["zh-HK", "ja"]), .zhHant)
        XCTAssertEqual(RoomErrorLanguage(preferences: ["de", "ko"], localizations: ["en", "fr"]), .en)
    }

    func testPreferredFollowsTheUserAndTheApp() {
        XCTAssertEqual(
            RoomErrorLanguage.preferred,
            RoomErrorLanguage(preferences: Locale.preferredLanguages, localizations: Bundle.main.localizations))
    }
}
