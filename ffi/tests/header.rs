//! The committed header `include/migratiepact.h` must be what cbindgen generates from the
//! current sources (rustls-ffi regenerates it in CI and fails on a diff). Regenerate with
//! `MP_BLESS=1 cargo test -p migratiepact-ffi --test header`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

fn generate() -> String {
    let dir = env!("CARGO_MANIFEST_DIR");
    let mut config = cbindgen::Config::from_file(Path::new(dir).join("cbindgen.toml")).unwrap();
    config.after_includes = Some(format!(
        "\n#define MP_VERSION_MAJOR {}\n#define MP_VERSION_MINOR {}\n#define MP_VERSION_PATCH {}\n#define MP_VERSION \"{}\"",
        env!("CARGO_PKG_VERSION_MAJOR"),
        env!("CARGO_PKG_VERSION_MINOR"),
        env!("CARGO_PKG_VERSION_PATCH"),
        env!("CARGO_PKG_VERSION"),
    ));
    let bindings = cbindgen::Builder::new()
        .with_crate(dir)
        .with_config(config)
        .generate()
        .expect("cbindgen could not generate the header");
    let mut out = Vec::new();
    bindings.write(&mut out);
    c89_clean(&String::from_utf8(out).unwrap())
}

/// Makes cbindgen's output C89-clean: it ends every enumerator with a comma (C89 and C++98 allow
/// none after the last: `-pedantic` "comma at end of enumerator list"), and it writes
/// `#endif // __cplusplus` (C89 has no `//` comments).
fn c89_clean(header: &str) -> String {
    let mut lines: Vec<String> = header
        .lines()
        .map(|l| match l.split_once("//") {
            Some((code, comment)) if code.trim_start().starts_with("#endif") => {
                format!("{}/* {} */", code, comment.trim())
            }
            _ => l.to_owned(),
        })
        .collect();
    let mut in_enum = false;
    let mut last_enumerator = None;
    for i in 0..lines.len() {
        let line = lines[i].trim_end().to_owned();
        if line.starts_with("typedef enum ") || line.starts_with("enum ") && line.ends_with('{') {
            in_enum = true;
            last_enumerator = None;
        } else if in_enum && line.starts_with('}') {
            if let Some(j) = last_enumerator {
                let l: &mut String = &mut lines[j];
                l.pop();
            }
            in_enum = false;
        } else if in_enum && line.starts_with("  ") && line.ends_with(',') {
            let t = line.trim_start();
            if !t.starts_with('*') && !t.starts_with("/*") {
                last_enumerator = Some(i);
            }
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

#[test]
fn committed_header_is_up_to_date() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/migratiepact.h");
    let fresh = generate();
    if std::env::var_os("MP_BLESS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != fresh {
        let first = committed
            .lines()
            .zip(fresh.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(committed.lines().count().min(fresh.lines().count()));
        panic!(
            "ffi/include/migratiepact.h is out of date (first difference at line {}).\n\
             Regenerate it: MP_BLESS=1 cargo test -p migratiepact-ffi --test header",
            first + 1
        );
    }
}

#[test]
fn version_macros_match_cargo_toml() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("include/migratiepact.h");
    let header = std::fs::read_to_string(path).unwrap();
    for (name, value) in [
        ("MP_VERSION_MAJOR", env!("CARGO_PKG_VERSION_MAJOR")),
        ("MP_VERSION_MINOR", env!("CARGO_PKG_VERSION_MINOR")),
        ("MP_VERSION_PATCH", env!("CARGO_PKG_VERSION_PATCH")),
    ] {
        let line = format!("#define {name} {value}");
        assert!(header.lines().any(|l| l == line), "header lacks `{line}`");
    }
    // SAFETY: mp_version returns a static NUL-terminated string.
    let version = unsafe { std::ffi::CStr::from_ptr(migratiepact::mp_version()) };
    assert_eq!(version.to_str().unwrap(), env!("CARGO_PKG_VERSION"));
}
