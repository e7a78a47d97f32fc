//! Link settings of the shared library on ELF targets (`cdylib` only):
//! - its SONAME, `libroom_errors.so.MAJOR`;
//! - `-z defs`: a link that fails on any undefined symbol, which is how a surviving panic path
//!   shows up (see src/lib.rs);
//! - on Linux, `-nostartfiles`: no C runtime start files. A library without constructors,
//!   destructors or C++ statics needs none of crtbegin's `__cxa_finalize`/`__gmon_start__`/TM-clone
//!   hooks, nor their `.init`/`.fini` sections, PLT, GOT and relocations (about 1.7 KiB, see
//!   BENCHMARKS.md). Android keeps the NDK's start files, which this project cannot test here.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    // `make test-panic` builds the library with this cfg to prove the panic guard (src/lib.rs).
    println!("cargo::rustc-check-cfg=cfg(room_errors_panic_probe)");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" || os == "android" {
        let major = env!("CARGO_PKG_VERSION_MAJOR");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libroom_errors.so.{major}");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,defs");
    }
    if os == "linux" {
        println!("cargo:rustc-cdylib-link-arg=-nostartfiles");
    }
}
