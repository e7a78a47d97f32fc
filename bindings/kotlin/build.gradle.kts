// The Android library module of room-errors, for building from source with the Android SDK and
// NDK: the Kotlin API (src/main/kotlin) and the JNI glue (src/main/cpp), linked with the static
// libraries that `packaging/cross.sh TRIPLE` builds first. Include it from an app's
// settings.gradle.kts (see the README); the app declares plugin versions. Not run here: the AAR of
// `make dist` (bindings/kotlin/publish.mk) is what is built and tested on this machine.
plugins {
    id("com.android.library")
    id("org.jetbrains.kotlin.android")
}

android {
    namespace = "dev.roomerrors"
    compileSdk = 34

    defaultConfig {
        minSdk = 21
        consumerProguardFiles("publish/proguard.txt")
        ndk {
            abiFilters += listOf("arm64-v8a", "armeabi-v7a", "x86_64", "x86")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    externalNativeBuild {
        cmake {
            path = file("src/main/cpp/CMakeLists.txt")
            version = "3.22.1"
        }
    }
}

// The same JVM target for Kotlin as for Java above.
kotlin {
    jvmToolchain(17)
}
