package dev.roomerrors

import org.junit.Assert.assertEquals
import org.junit.Assert.assertSame
import org.junit.Test
import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/**
 * Many threads at once agree with one thread. Make runs this class first, so that its threads
 * also race to initialize [RoomErrors] and to fill its caches.
 */
class ConcurrencyTest {
    @Test
    fun manyThreadsAtOnce() {
        val threads = 16
        val rounds = 20
        val codes = Probes.allCodes
        val languages = Probes.languages
        val expected = codes.map { code -> languages.map { RoomErrorsNative.message(code, it.id) } }
        val names = codes.map { RoomErrorsNative.name(it) }
        val start = CountDownLatch(1)
        val pool = Executors.newFixedThreadPool(threads)
        try {
            val results = (0 until threads).map { thread ->
                pool.submit(Callable {
                    start.await()
                    repeat(rounds) { round ->
                        for (i in codes.indices) {
                            // Each thread walks the codes from a different place, so that they collide.
                            val c = (i + thread * 7 + round) % codes.size
                            val code = codes[c]
                            for ((l, language) in languages.withIndex()) {
                                assertEquals(expected[c][l], RoomErrors.message(code, language))
                                assertEquals(expected[c][l], RoomErrorsNative.message(code, language.id))
                                assertEquals(expected[c][l], RoomException(code, language).message)
                                assertSame(language, RoomErrorLanguage.fromTag(language.tag))
                            }
                            assertEquals(names[c], RoomErrors.name(code))
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
