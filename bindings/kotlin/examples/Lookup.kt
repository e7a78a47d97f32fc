// The README's Kotlin example: `make test-kotlin` compiles it with the tests and runs it.

import dev.roomerrors.RoomErrorLanguage
import dev.roomerrors.RoomException

/** Stands in for a room-engine call that reports an error code. */
fun openCamera(): Int = -1101

/** Stands in for an alert or Snackbar: a title, a suggestion and a button. */
fun showAlert(title: String, message: String, button: String) = println("[$title] $message [$button]")

fun main() {
    // The user's preference list, most preferred first (on Android: LocaleList.getDefault()).
    val language = RoomErrorLanguage.fromTags(listOf("fr-FR", "zh-TW", "en"))
    try {
        RoomException.check(openCamera())
    } catch (e: RoomException) {
        println(e) // English with name and code, for logs and crash reports
        showAlert(e.summary, e.remedy, e.action.label(language))
        val traditional = RoomException(e.code, language)
        showAlert(traditional.summary, traditional.remedy, traditional.action.label(language))
    }
}
