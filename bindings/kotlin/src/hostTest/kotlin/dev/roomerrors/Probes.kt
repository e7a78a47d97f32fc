package dev.roomerrors

/**
 * Inputs the tests share, derived from the native catalog (not from [RoomErrors], which
 * [ConcurrencyTest] leaves uninitialized for its threads) so that they grow with it.
 */
object Probes {
    /** Every code the C library knows, in catalog order. */
    val knownCodes: List<Int> = RoomErrorsNative.codes().toList()

    /** Codes the catalog does not know: the extremes of Int and the neighbours of every known code. */
    val unknownCodes: List<Int> = (
        listOf(Int.MIN_VALUE, Int.MAX_VALUE) +
            knownCodes.flatMap { listOf(it - 1, it + 1) }.filter { it !in knownCodes }
        ).distinct()

    /** Every known code, then every unknown probe. */
    val allCodes: List<Int> = knownCodes + unknownCodes

    /** Every language of this binding. */
    val languages: List<RoomErrorLanguage> = RoomErrorLanguage.values().toList()
}
