//! The one boundary layer (after Cedar's `ffi` module): the JSON contract shared by the Rust
//! API, the CLI, the C library and the WASM package. Bytes in, typed [`Case`]; typed
//! [`Assessment`] or [`ErrorReport`] out.

pub mod assessment;
pub mod case;
pub mod countries;
pub mod decode;
pub mod encode;
pub mod error;
pub mod messages;
pub mod validate;

pub use assessment::*;
pub use case::*;
pub use error::{ErrorCode, ErrorReport, InputError};

/// The contract version this engine reads and writes.
pub const SCHEMA_VERSION: u32 = 1;
