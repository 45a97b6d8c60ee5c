//! The articles the measuring examples read: every `.txt` file of a folder, in name order.

use std::path::{Path, PathBuf};

/// The PolNeAR dev articles, the corpus of `docs/performance.md`.
pub fn default_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data/polnear/dev/text"))
}

/// The texts of the `.txt` files in `dir`, sorted by file name.
pub fn read(dir: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).expect("UTF-8 text")).collect()
}
