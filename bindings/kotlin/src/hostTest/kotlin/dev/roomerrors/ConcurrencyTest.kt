package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertSame
import org.junit.Test
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Many threads at once agree with the C library. Make runs this class first, so that its threads
 * also race to initialize [RoomErrors] and to fill its caches.
 */
class ConcurrencyTest {
    @Test
    fun manyThreadsAtOnce() {
        val threads = 16
        val codes = Vectors.allCodes
        val languages = RoomErrorLanguage.values().toList()
        val kinds = listOf("message", "summary", "remedy", "user_message")
        val expected = codes.map { code -> languages.map { l -> kinds.map { Vectors.text(it, code, l) } } }
        val start = CountDownLatch(1)
        val pool = Executors.newFixedThreadPool(threads)
        try {
            val results = (0 until threads).map { thread ->
                pool.submit(Callable {
                    start.await()
                    for (round in 0 until 5) {
                        for (i in codes.indices) {
                            // Each thread walks the codes from a different place, so that they collide.
                            val c = (i + thread * 7 + round) % codes.size
                            val code = codes[c]
                            for ((l, language) in languages.withIndex()) {
                                assertEquals(expected[c][l][0], RoomErrors.message(code, language))
                                assertEquals(expected[c][l][1], RoomErrors.summary(code, language))
                                assertEquals(expected[c][l][2], RoomErrors.remedy(code, language))
                                assertEquals(expected[c][l][3], RoomErrors.userMessage(code, language))
                                assertSame(language, RoomErrorLanguage.fromTag(language.tag))
                            }
                            assertEquals(Vectors.fact("name", code), RoomErrors.name(code))
                        }
                    }
                    thread
                })
            }
            start.countDown()
            assertEquals((0 until threads).toList(), results.map { it.get(2, TimeUnit.MINUTES) })
        } finally {
            pool.shutdownNow()
        }
    }
}
