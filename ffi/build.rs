//! Gives the shared library a versioned SONAME, as C libraries (and cargo-c) do: the file is
//! installed as `libmigratiepact.so.<major>.<minor>.<patch>` with the symlinks
//! `libmigratiepact.so.<major>` (what programs record, `readelf -d`) and `libmigratiepact.so`
//! (what `-lmigratiepact` finds); see `scripts/package.sh`. While the major version is 0 the
//! SONAME carries it as well (`libmigratiepact.so.0`): a later 0.x that breaks the ABI raises the
//! major first.

fn main() {
    let major = std::env::var("CARGO_PKG_VERSION_MAJOR").unwrap_or_else(|_| "0".to_owned());
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    if target_os == "linux" {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-soname,libmigratiepact.so.{major}");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
