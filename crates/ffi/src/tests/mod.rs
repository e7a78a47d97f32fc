//! The C ABI's tests, through the exported functions themselves.

mod common;
mod contract;
mod lang;
mod remedies;
mod sweep;
