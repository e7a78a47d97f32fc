// `make bench-kotlin`: RoomErrors.message against a HashMap<Int, String> of the same strings, in
// the same JVM run. Each lookup's code depends on the previous answer (as when an app looks up
// one error after another), so the figures are latencies, not overlapped throughput.

import dev.roomerrors.RoomErrorLanguage
import dev.roomerrors.RoomErrors

/** Nanoseconds per call of [lookup] over [walk], the best of [repeats] runs of [rounds] walks. */
private inline fun time(walk: IntArray, rounds: Int, repeats: Int, lookup: (Int) -> String): Double {
    var best = Double.MAX_VALUE
    var sink = 0
    repeat(repeats) {
        val start = System.nanoTime()
        var i = 0
        repeat(rounds) {
            for (step in walk.indices) {
                val text = lookup(walk[(step + i) and (walk.size - 1)])
                i += text.length and 1 // the next code depends on this answer
            }
        }
        best = minOf(best, (System.nanoTime() - start).toDouble() / (rounds.toLong() * walk.size))
        sink += i
    }
    if (sink == 42) println() // keeps the answers alive
    return best
}

fun main(args: Array<String>) {
    val rounds = args.firstOrNull()?.toInt() ?: 3000
    check(RoomErrors.isNativeLibraryLoaded) { "the native library did not load: ${RoomErrors.nativeLibraryError}" }
    val codes = RoomErrors.codes
    // 1024 codes: every known code, shuffled with a fixed seed, repeated.
    val random = java.util.Random(1)
    val walk = IntArray(1024) { codes[random.nextInt(codes.size)] }
    println("| lookup (language) | ns per call | vs HashMap |")
    println("|---|---|---|")
    for (language in listOf(RoomErrorLanguage.EN, RoomErrorLanguage.ZH_HANS)) {
        val map = HashMap<Int, String>()
        for (code in codes) map[code] = RoomErrors.message(code, language)
        var binding = 0.0
        var hashMap = 0.0
        for (warm in listOf(true, false)) { // the first pass lets the JIT compile both loops
            val r = if (warm) rounds / 10 + 1 else rounds
            binding = time(walk, r, 5) { RoomErrors.message(it, language) }
            hashMap = time(walk, r, 5) { map[it]!! }
        }
        println("| `HashMap<Int, String>.get` (${language.tag}) | %.2f | 1.00× |".format(hashMap))
        println("| `RoomErrors.message(code, language)` (${language.tag}) | %.2f | %.2f× |".format(binding, binding / hashMap))
    }
    // The default language: the display locale, negotiated once and then compared per call.
    val language = RoomErrorLanguage.fromLocale()
    val map = HashMap<Int, String>()
    for (code in codes) map[code] = RoomErrors.message(code, language)
    var binding = 0.0
    var hashMap = 0.0
    for (warm in listOf(true, false)) {
        val r = if (warm) rounds / 10 + 1 else rounds
        binding = time(walk, r, 5) { RoomErrors.message(it) }
        hashMap = time(walk, r, 5) { map[it]!! }
    }
    println("| `HashMap<Int, String>.get` (${language.tag}) | %.2f | 1.00× |".format(hashMap))
    println("| `RoomErrors.message(code)` (default: ${language.tag}) | %.2f | %.2f× |".format(binding, binding / hashMap))
}
