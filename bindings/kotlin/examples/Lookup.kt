// The README's Kotlin example: `make test-kotlin` compiles it with the library and runs it.

import dev.roomerrors.RoomErrorCode
import dev.roomerrors.RoomErrorLanguage
import dev.roomerrors.RoomErrors
import dev.roomerrors.RoomException
import java.util.Locale

/** Stands in for a room-engine call that reports an error code. */
fun takeSeat(): Int = -2343

fun main() {
    try {
        RoomException.check(takeSeat())
    } catch (e: RoomException) {
        println("${e.errorCode} (${e.code}, ${e.category}, retryable: ${e.isRetryable}): ${e.message}")
    }
    val traditional = RoomErrorLanguage.fromLocale(Locale("zh", "HK"))
    println("$traditional: ${RoomErrorCode.CAMERA_NOT_AUTHORIZED.message(traditional)}")
    println("${RoomErrors.name(100251)} is ${RoomErrors.category(100251)}, 12345 is ${RoomErrors.category(12345)}")
}
