//! Every locale says everything en-US says, and every sentence renders with its arguments.

use std::collections::BTreeSet;

use restock_bot::i18n::{FALLBACK, I18n, Msg, amount};
use restock_core::unit::Unit;

#[test]
fn every_locale_has_exactly_the_messages_of_en_us() {
    let reference: BTreeSet<String> = I18n::ids(FALLBACK).into_iter().collect();
    assert!(!reference.is_empty());
    for locale in I18n::locales() {
        let ids: BTreeSet<String> = I18n::ids(locale).into_iter().collect();
        let missing: Vec<_> = reference.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&reference).collect();
        assert!(missing.is_empty(), "{locale} lacks {missing:?}");
        assert!(extra.is_empty(), "{locale} has ids en-US lacks: {extra:?}");
    }
}

#[test]
fn every_sentence_renders_in_every_locale_without_errors() {
    let i18n = I18n::load().unwrap();
    for locale in I18n::locales() {
        for msg in Msg::examples() {
            let text = i18n.try_text(locale, &msg).unwrap_or_else(|e| panic!("{e}"));
            assert!(!text.trim().is_empty(), "{locale} {} is empty", msg.id());
            assert!(
                !text.contains('{') && !text.contains('\u{2068}'),
                "{locale} {}: {text}",
                msg.id()
            );
        }
    }
}

#[test]
fn every_sentence_in_the_files_has_an_example() {
    let spoken: BTreeSet<&str> = Msg::examples().iter().map(Msg::id).collect();
    for id in I18n::ids(FALLBACK) {
        if id.starts_with("unit-") || id.starts_with("amount-") {
            continue;
        }
        assert!(
            spoken.contains(id.as_str()),
            "{id} is in en-US but never said (add it to Msg::examples)"
        );
    }
}

#[test]
fn every_unit_has_a_label_in_every_locale() {
    let i18n = I18n::load().unwrap();
    for locale in I18n::locales() {
        let ids = I18n::ids(locale);
        for unit in Unit::ALL {
            let id = format!("unit-{}", unit.code().replace('_', "-"));
            assert!(ids.contains(&id), "{locale} lacks {id}");
            for n in [1.0, 2.0, 0.5] {
                let text = amount(&i18n, locale, Some(n), Some(*unit), "x");
                assert!(text.contains('x') && !text.contains('{'), "{locale} {unit}: {text}");
            }
        }
    }
}

#[test]
fn regional_tags_find_their_locale() {
    assert_eq!(I18n::supported("de"), Some("de-DE"));
    assert_eq!(I18n::supported("de-AT"), Some("de-DE"));
    assert_eq!(I18n::supported("en_GB"), Some("en-US"));
    assert_eq!(I18n::supported("xx"), None);
}
