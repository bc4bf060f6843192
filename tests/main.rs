//! The integration test binary: one binary, one module per area.

mod common;
mod pipeline;
mod segment;
mod shared_gold;
