package dev.roomerrors

import java.io.File

/**
 * What the C library answers (oracle.tsv, written by src/hostTest/python/oracle.py through
 * ctypes, independently of the JNI glue): the tests compare the binding with it.
 */
object Oracle {
    private val answers: Map<String, String>

    /** Every code the C library knows, in catalog order. */
    val knownCodes: List<Int>

    /** Codes it does not know: the extremes of Int and the neighbours of every known code. */
    val unknownCodes: List<Int>

    init {
        val lines = File(System.getProperty("roomerrors.oracle")).readLines().map { line ->
            line.split('\t').map(::unescape)
        }
        answers = lines.associate { (kind, key, language, value) -> "$kind|$key|$language" to value }
        knownCodes = lines.filter { it[0] == "known" }.map { it[1].toInt() }
        unknownCodes = lines.filter { it[0] == "probe" }.map { it[1].toInt() }
    }

    /** Every known code, then every unknown probe. */
    val allCodes: List<Int> get() = knownCodes + unknownCodes

    /** A text of a code in a language: kind is message, summary, remedy or user_message. */
    fun text(kind: String, code: Int, language: RoomErrorLanguage): String = answer(kind, code, language.id)

    /** A number or name of a code: kind is name, category, action, audience, retry_after_ms or is_known. */
    fun fact(kind: String, code: Int): String = answer(kind, code, "")

    /** room_err_action_label. */
    fun label(action: Int, language: RoomErrorLanguage): String = answer("action_label", action, language.id)

    /** Every action id the oracle asked about (beyond the last known one too). */
    val actionIds: List<Int> = (0 until 16).toList()

    /** room_err_lang_tag of every language id the library has, in id order. */
    val languageTags: List<String> = generateSequence(0) { it + 1 }.map { answers["lang_tag|$it|"] }
        .takeWhile { it != null }.map { it!! }.toList()

    /** room_err_version. */
    val version: String get() = answer("version", "", "")

    private fun answer(kind: String, key: Any, language: Any): String =
        answers["$kind|$key|$language"] ?: throw AssertionError("the oracle has no $kind of $key in $language")

    private fun unescape(field: String): String {
        val out = StringBuilder()
        var i = 0
        while (i < field.length) {
            val c = field[i++]
            if (c != '\\') {
                out.append(c)
                continue
            }
            when (val next = field[i++]) {
                't' -> out.append('\t')
                'n' -> out.append('\n')
                else -> out.append(next)
            }
        }
        return out.toString()
    }
}
