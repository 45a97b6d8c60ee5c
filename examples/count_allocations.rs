//! Counts the heap allocations and reallocations of each stage, and of the whole analysis, on the
//! PolNeAR dev articles (or a folder given as the argument): `cargo run --release --example
//! count_allocations`. Allocation counts, like instruction counts, do not depend on the machine
//! (`docs/performance.md`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

#[path = "common/corpus.rs"]
mod corpus;

/// The system allocator, counting.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);
static REALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is passed on unchanged to the system allocator.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Relaxed);
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        REALLOCATIONS.fetch_add(1, Relaxed);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn counts() -> (usize, usize) {
    (ALLOCATIONS.load(Relaxed), REALLOCATIONS.load(Relaxed))
}

fn main() {
    let dir = std::env::args().nth(1).map_or_else(corpus::default_dir, PathBuf::from);
    let texts = corpus::read(&dir);
    let reference = jiff::civil::Date::new(2016, 9, 23).ok();
    let mut per_stage: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for text in &texts {
        let mut count = |name: &'static str, work: &mut dyn FnMut()| {
            let (a, r) = counts();
            work();
            let (a2, r2) = counts();
            let entry = per_stage.entry(name).or_default();
            entry.0 += a2 - a;
            entry.1 += r2 - r;
        };
        let mut doc = lede::document::Document::new(text);
        count("01 structure", &mut || lede::structure::run(&mut doc));
        let d = &mut doc;
        count("02 stats", &mut || d.stats = lede::stats::run(d));
        count("03 entities", &mut || d.entities = lede::entities::run(d));
        count("04 time", &mut || d.times = lede::time::run(d, reference));
        count("05 quantities", &mut || d.quantities = lede::quantities::run(d, &d.times));
        count("06 quotes", &mut || {
            d.quotes = lede::quotes::run(d, &[]);
            (d.sources, d.sourcing) = lede::quotes::summarize(d, &d.quotes);
        });
        count("07 keyphrases", &mut || d.keyphrases = lede::keyphrases::run(d));
        count("08 summary", &mut || d.summary = lede::summary::run(d, &[]));
        count("09 tone", &mut || d.tone = lede::tone::run(d));
        count("10 event", &mut || d.event = lede::event::run(d));
        count("11 signals", &mut || d.signals = lede::signals::run(d));
    }
    println!("{} articles; allocations and reallocations", texts.len());
    for (stage, (allocations, reallocations)) in per_stage {
        println!("{stage:<16} {allocations:>9} {reallocations:>9}");
    }
    let options = lede::Options::default();
    let (a, r) = counts();
    for text in &texts {
        drop(lede::analyze(text, &options));
    }
    let (a2, r2) = counts();
    println!("{:<16} {:>9} {:>9}", "analyze (all)", a2 - a, r2 - r);
}
