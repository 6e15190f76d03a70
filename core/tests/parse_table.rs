//! The example table: realistic household messages in five languages with the output the
//! contract asks for. Prints per-language accuracy and every miss.

use std::collections::BTreeMap;
use std::path::Path;

use restock_core::parse::{Lang, Parsed, parse};

struct Example {
    lang: String,
    message: String,
    intent: String,
    items: Vec<(String, Option<f64>, Option<String>)>,
}

/// The table files: `tests/data/*.tsv`, or only the file named by `RESTOCK_PARSE_TABLE`
/// (to score a new batch of examples on its own before it joins the table).
fn table_files() -> Vec<std::path::PathBuf> {
    if let Some(one) = std::env::var_os("RESTOCK_PARSE_TABLE") {
        return vec![one.into()];
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();
    files
}

fn load() -> Vec<Example> {
    let files = table_files();
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(&f).expect("readable table");
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            assert!(cols.len() >= 3, "{}:{}: expected lang, message, intent", f.display(), n + 1);
            let items = cols
                .get(3)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(|s| s.split(';').map(parse_item).collect())
                .unwrap_or_default();
            out.push(Example {
                lang: cols[0].to_owned(),
                message: cols[1].to_owned(),
                intent: cols[2].to_owned(),
                items,
            });
        }
    }
    out
}

fn parse_item(s: &str) -> (String, Option<f64>, Option<String>) {
    let mut parts = s.split('|');
    let name = parts.next().unwrap_or_default().to_owned();
    let qty = parts.next().filter(|q| !q.is_empty()).map(|q| q.parse().expect("a number"));
    let unit = parts.next().filter(|u| !u.is_empty()).map(str::to_owned);
    (name, qty, unit)
}

fn matches(ex: &Example, got: &Parsed) -> bool {
    let intent = serde_json::to_value(got.intent).expect("serialisable");
    if intent != ex.intent.as_str() || got.items.len() != ex.items.len() {
        return false;
    }
    got.items.iter().zip(&ex.items).all(|(g, (name, qty, unit))| {
        let q = match (g.quantity, qty) {
            (None, None) => true,
            (Some(a), Some(b)) => (a - b).abs() < 1e-6,
            _ => false,
        };
        g.name == *name && q && g.unit.map(|u| u.code().to_owned()) == *unit
    })
}

#[test]
fn the_example_table_parses_to_the_contract() {
    let examples = load();
    if std::env::var_os("RESTOCK_PARSE_TABLE").is_none() {
        assert!(examples.len() >= 400, "the table has {} examples", examples.len());
    }
    let mut tally: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for ex in &examples {
        let lang = Lang::from_tag(&ex.lang).expect("a known language");
        let got = parse(&ex.message, lang);
        let ok = matches(ex, &got);
        let t = tally.entry(ex.lang.clone()).or_default();
        t.1 += 1;
        if ok {
            t.0 += 1;
        } else {
            println!(
                "MISS [{}] {:?}\n   want {} {:?}\n   got  {}",
                ex.lang,
                ex.message,
                ex.intent,
                ex.items,
                serde_json::to_string(&got).expect("serialisable")
            );
        }
    }
    let mut failed = Vec::new();
    for (lang, (ok, total)) in &tally {
        let acc = *ok as f64 / *total as f64;
        println!("{lang}: {ok}/{total} = {:.1}%", acc * 100.0);
        let floor = if lang == "en" { 0.97 } else { 0.95 };
        if acc < floor {
            failed.push(format!("{lang} {:.1}% < {:.0}%", acc * 100.0, floor * 100.0));
        }
    }
    assert!(failed.is_empty(), "accuracy below the floor: {failed:?}");
}
