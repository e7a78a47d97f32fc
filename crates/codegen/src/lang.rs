//! The core's CLDR rows (`crates/core/src/lang/cldr.rs`) compiled into the code generator, with the
//! compile-time selection the core makes (only rows that lead to a catalog language), so the
//! JavaScript negotiation tables (`js_lang.rs`) are generated from the very rows the C library
//! uses. Nothing here is copied: the files are the core's own.

#[allow(dead_code, unused_imports)]
#[path = "../../core/src/lang/cldr.rs"]
pub mod cldr;
#[allow(dead_code)]
#[path = "../../core/src/lang/index.rs"]
mod index;
#[allow(dead_code)]
#[path = "../../core/src/lang/subtag.rs"]
pub mod subtag;
