//! Link settings of the shared library on ELF targets: its SONAME, and a link that fails on any
//! undefined symbol (which is how a surviving panic path shows up, see src/lib.rs).
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if os == "linux" || os == "android" {
        let major = env!("CARGO_PKG_VERSION_MAJOR");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libroom_errors.so.{major}");
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,defs");
    }
}
