// The README's Kotlin example: `make test-kotlin` compiles it with the tests and runs it, and the
// README must show it and its output as they are.

import dev.roomerrors.RoomErrorAudience
import dev.roomerrors.RoomErrorLanguage
import dev.roomerrors.RoomException

/** Stands in for an alert or Snackbar: a text and a button. */
fun showAlert(text: String, button: String) = println("[$text] [$button]")

fun main() {
    // The user's preference list, most preferred first (on Android: LocaleList.getDefault()).
    val language = RoomErrorLanguage.fromTags(listOf("fr-FR", "zh-TW", "en"))
    for (result in listOf(-1101, -1001)) { // what two engine calls returned
        try {
            RoomException.check(result)
        } catch (e: RoomException) {
            println(e.message) // English with name and code, for logs and crash reports
            val text = RoomException(e.code, language)
            if (text.audience == RoomErrorAudience.USER) {
                showAlert(text.localizedMessage, text.action.label(language)) // the library's message
            } else { // a bug or a configuration error: a generic text for the user
                showAlert(text.userMessage, "")
            }
        }
    }
}
