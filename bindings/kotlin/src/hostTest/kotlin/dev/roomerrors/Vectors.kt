package dev.roomerrors

import java.io.File

/**
 * The conformance vectors `make vectors` writes from the C library (target/vectors, the directory
 * in the system property `roomerrors.vectors`): the tests compare the binding with them, and
 * count every comparison in [checks].
 */
object Vectors {
    /** One TSV file: its rows as column name → unescaped field. */
    fun read(name: String): List<Map<String, String>> {
        val lines = File(System.getProperty("roomerrors.vectors"), "$name.tsv").readText(Charsets.UTF_8)
            .split('\n').filter { it.isNotEmpty() }
        check(lines.first().startsWith("#")) { "$name.tsv has no header" }
        val columns = lines.first().substring(1).split('\t')
        val rows = lines.drop(1).map { line ->
            val fields = line.split('\t')
            check(fields.size == columns.size) { "$name.tsv: ${fields.size} fields in $line" }
            columns.zip(fields.map(::unescape)).toMap()
        }
        check(rows.isNotEmpty()) { "$name.tsv has no rows" }
        return rows
    }

    /** How many comparisons the tests made against the vectors. */
    @Volatile
    var checks = 0

    /** assertEquals that counts. */
    fun <T> check(expected: T, actual: T, context: Any) {
        checks++
        org.junit.Assert.assertEquals(context.toString(), expected, actual)
    }

    private val codes: List<Map<String, String>> by lazy { read("codes") }
    private val texts: Map<String, Map<String, String>> by lazy { read("texts").associateBy { "${it["code"]}|${it["lang"]}" } }
    private val labels: Map<String, Map<String, String>> by lazy { read("actions").associateBy { "${it["action_id"]}|${it["lang"]}" } }

    /** Every code the C library knows, in catalog order. */
    val knownCodes: List<Int> by lazy { codes.filter { it["known"] == "1" }.map { it.getValue("code").toInt() } }

    /** The codes it does not know that the vectors probe. */
    val unknownCodes: List<Int> by lazy { codes.filter { it["known"] == "0" }.map { it.getValue("code").toInt() } }

    /** Every known code, then every unknown probe. */
    val allCodes: List<Int> get() = knownCodes + unknownCodes

    /** A text of a code in a language: kind is message, summary, remedy or user_message. */
    fun text(kind: String, code: Int, language: RoomErrorLanguage): String =
        texts["$code|${language.tag}"]?.get(kind) ?: throw AssertionError("no $kind of $code in ${language.tag}")

    /** A column of codes.tsv: name, category_id, category, action_id, action, audience_id, audience, retry_after_ms, known, retryable. */
    fun fact(kind: String, code: Int): String =
        codes.firstOrNull { it["code"] == code.toString() }?.get(kind) ?: throw AssertionError("no $kind of $code")

    /** room_err_action_label. */
    fun label(action: Int, language: RoomErrorLanguage): String =
        labels["$action|${language.tag}"]?.get("label") ?: throw AssertionError("no label of $action in ${language.tag}")

    /** Every action id the vectors hold (unknown ones too). */
    val actionIds: List<Int> by lazy { labels.values.map { it.getValue("action_id").toInt() }.distinct() }

    /** The action ids C names, in id order. */
    val knownActionIds: List<Int> by lazy {
        labels.values.filter { it["name"] != "" }.map { it.getValue("action_id").toInt() }.distinct().sorted()
    }

    /** room_err_action_name. */
    fun actionName(action: Int): String =
        labels["$action|en"]?.get("name") ?: throw AssertionError("no name of action $action")

    /** room_err_lang_tag of every language id the library has, in id order. */
    val languageTags: List<String> by lazy {
        read("langs").filter { it["tag"] != "en" || it["id"] == "0" }.map { it.getValue("tag") }
    }

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
                '\\' -> out.append('\\')
                't' -> out.append('\t')
                'n' -> out.append('\n')
                'r' -> out.append('\r')
                '0' -> out.append('\u0000')
                'x' -> out.append(field.substring(i, i + 2).toInt(16).toChar()).also { i += 2 }
                else -> throw AssertionError("unknown escape \\$next in $field")
            }
        }
        return out.toString()
    }
}
