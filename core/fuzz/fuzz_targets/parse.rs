//! `cargo fuzz run parse` (from core/): any bytes, read as text, in every language, with and
//! without a vocabulary, must parse without a panic and give only finite quantities.

#![no_main]

use libfuzzer_sys::fuzz_target;
use restock_core::parse::{Lang, Vocabulary, parse_with};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let vocab = Vocabulary {
        items: vec!["orange juice".into(), "banana".into(), "oat milk".into()],
        aliases: vec![("oj".into(), "orange juice".into())],
    };
    for lang in [Lang::En, Lang::De, Lang::Es, Lang::Fr, Lang::Ru] {
        for v in [&Vocabulary::default(), &vocab] {
            let p = parse_with(&text, lang, v);
            for item in &p.items {
                assert!(item.quantity.is_none_or(f64::is_finite));
            }
        }
    }
});
