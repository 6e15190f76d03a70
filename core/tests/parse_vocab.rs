//! The household vocabulary: aliases and typos land on the items the household knows.

use restock_core::parse::{Intent, Lang, Vocabulary, parse, parse_with};

fn household() -> Vocabulary {
    Vocabulary::new(
        ["orange juice", "banana", "oat milk", "egg", "tomato", "oats", "pear", "milk"]
            .map(String::from)
            .to_vec(),
        vec![("oj".into(), "orange juice".into()), ("mlk".into(), "milk".into())],
    )
}

fn names(text: &str) -> Vec<String> {
    parse_with(text, Lang::En, &household()).items.into_iter().map(|i| i.name).collect()
}

#[test]
fn an_alias_lands_on_its_item() {
    assert_eq!(names("bought 2 cartons of OJ"), ["orange juice"]);
    assert_eq!(names("we're out of oj"), ["orange juice"]);
}

#[test]
fn a_typo_in_a_known_item_lands_on_it() {
    assert_eq!(names("bought 6 bannanas"), ["banana"]);
    assert_eq!(names("used 200 ml of oat mlik"), ["oat milk"]);
    assert_eq!(names("bought orange jiuce"), ["orange juice"]);
}

#[test]
fn short_words_are_never_bent_to_a_known_item() {
    assert_eq!(names("bought 3 peas"), ["pea"]);
    assert_eq!(names("bought rum"), ["rum"]);
}

#[test]
fn an_item_kept_in_the_plural_matches_as_written() {
    assert_eq!(names("bought a bag of oats"), ["oats"]);
}

#[test]
fn a_misspelt_verb_still_gives_the_intent() {
    assert_eq!(parse("boguht 3 lemons", Lang::En).intent, Intent::Restock);
    assert_eq!(parse("uesd 2 eggs", Lang::En).intent, Intent::Consume);
    assert_eq!(parse("finsihed the milk", Lang::En).intent, Intent::Deplete);
}

#[test]
fn an_unknown_item_is_kept_as_written() {
    assert_eq!(names("bought 2 kohlrabi"), ["kohlrabi"]);
}

#[test]
fn a_typo_as_close_to_two_items_is_left_as_written() {
    let v = Vocabulary::new(vec!["butter".into(), "batter".into()], Vec::new());
    let got = parse_with("bought 2 bitter", Lang::En, &v);
    assert_eq!(got.items[0].name, "bitter");
    // An alias and its item are one stock, not a tie.
    let v = Vocabulary::new(
        vec!["orange juice".into()],
        vec![("orange jus".into(), "Orange Juice".into())],
    );
    let got = parse_with("bought orange juce", Lang::En, &v);
    assert_eq!(got.items[0].name, "orange juice");
}

#[test]
fn names_stored_with_capitals_still_match() {
    let v = Vocabulary::new(vec!["Oat Milk".into()], vec![("OJ".into(), "Orange Juice".into())]);
    assert_eq!(parse_with("used oat mlik", Lang::En, &v).items[0].name, "oat milk");
    assert_eq!(parse_with("got oj", Lang::En, &v).items[0].name, "orange juice");
    assert!(v.knows("oat milk") && v.knows("oj") && !v.knows("milk"));
}
