/* An empty <stdio.h> for the freestanding Android build of room_errors_jni.c: jni.h includes
 * <stdio.h> but uses nothing from it, and the glue calls no C library function. */
