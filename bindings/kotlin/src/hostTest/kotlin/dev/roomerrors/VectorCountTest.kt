package dev.roomerrors

import org.junit.Assert.assertTrue
import org.junit.Test

/** Runs last: how many comparisons the suite made against the vectors, and the floor it needs. */
class VectorCountTest {
    @Test
    fun enoughChecksRan() {
        println("Kotlin: ${Vectors.checks} checks against target/vectors")
        assertTrue("only ${Vectors.checks} checks against the vectors ran, fewer than $FLOOR", Vectors.checks >= FLOOR)
    }

    private companion object {
        /** The catalog alone gives about 20,000. */
        const val FLOOR = 15000
    }
}
