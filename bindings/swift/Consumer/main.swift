// The README's example, as a package of its own would write it: an alert for an engine error with
// a title, a suggestion and a button, in the language picked from the user's preference list.
import RoomErrors

let language = RoomErrorLanguage(preferences: ["fr-CH", "zh-Hant-TW", "en"])  // Locale.preferredLanguages
do {
    try RoomError.check(-1101)  // what the engine returned
} catch let error as RoomError {
    print("title:", error.summary(in: language))
    print("suggestion:", error.remedy(in: language) ?? "")
    print("button:", error.action.label(in: language) ?? "")
    print("name:", error.name, error.audience.name)
}
