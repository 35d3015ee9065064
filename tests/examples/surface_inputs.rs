//! Writes every conformance input (shared vectors, project vectors, hostile catalogue) to a
//! directory once, with the Rust API's answer, so `scripts/test-surfaces.sh` can feed the same
//! bytes to the CLI, the C library and the WASM package and compare their outputs byte for byte.
//!
//! `cargo run -p migratiepact-conformance --example surface_inputs -- DIR` writes
//! `DIR/in/NNNN` (input bytes), `DIR/rust/NNNN` (output, no trailing newline) and
//! `DIR/index.tsv` (`NNNN  name  source  utf8(0|1)  ok(0|1)  file`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use migratiepact_conformance::{all_vectors, hostile_dir, load_dir, workspace_root};

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).expect("usage: surface_inputs DIR"));
    fs::create_dir_all(dir.join("in")).unwrap();
    fs::create_dir_all(dir.join("rust")).unwrap();
    let mut sets = vec![("vector", all_vectors().expect("vectors load"))];
    sets.push((
        "hostile",
        load_dir(&hostile_dir()).expect("hostile catalogue loads"),
    ));
    let root = workspace_root();
    let mut index = String::new();
    let mut n = 0usize;
    for (source, vectors) in sets {
        for v in vectors {
            let id = format!("{n:04}");
            n += 1;
            let out = migratiepact_core::evaluate_json(&v.input);
            fs::write(dir.join("in").join(&id), &v.input).unwrap();
            fs::write(dir.join("rust").join(&id), &out.json).unwrap();
            let file = v.file.canonicalize().unwrap_or(v.file.clone());
            let file = file
                .strip_prefix(&root)
                .unwrap_or(&file)
                .display()
                .to_string();
            let utf8 = u8::from(std::str::from_utf8(&v.input).is_ok());
            writeln!(
                index,
                "{id}\t{}\t{source}\t{utf8}\t{}\t{file}",
                v.name,
                u8::from(out.ok)
            )
            .unwrap();
        }
    }
    fs::write(dir.join("index.tsv"), index).unwrap();
    eprintln!("wrote {n} inputs to {}", dir.display());
}
