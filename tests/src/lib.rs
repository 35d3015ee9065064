//! Conformance runner (see tests/).
