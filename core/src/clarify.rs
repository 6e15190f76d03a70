//! When a name could mean more than one thing the household already has, ask instead of
//! guessing: "milk" in a household with "oat milk" and "whole milk", or a typo as close to
//! two known items.

use crate::parse::Vocabulary;
use crate::parse::typo;

/// Most choices offered in one question.
pub const MAX_CHOICES: usize = 4;

/// Known items `name` could stand for when it is not itself known: those it is the head of
/// ("milk" → "oat milk") and those a small typo away. Empty when `name` is known (as an item
/// or an alias) or nothing is close — then it is simply a new item.
pub fn candidates(name: &str, vocab: &Vocabulary) -> Vec<String> {
    let name = name.trim().to_lowercase();
    if name.is_empty() || vocab.knows(&name) {
        return Vec::new();
    }
    let suffix = format!(" {name}");
    let mut found: Vec<String> = vocab
        .items()
        .iter()
        .filter(|i| {
            let known = i.to_lowercase();
            let limit = typo::budget(name.chars().count()).min(typo::budget(known.chars().count()));
            known.ends_with(&suffix) || typo::distance(&name, &known, limit).is_some()
        })
        .cloned()
        .collect();
    found.sort();
    found.dedup();
    found.truncate(MAX_CHOICES);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocab(items: &[&str]) -> Vocabulary {
        Vocabulary::new(items.iter().map(|s| s.to_string()).collect(), Vec::new())
    }

    #[test]
    fn a_head_noun_of_known_items_is_ambiguous() {
        let v = vocab(&["oat milk", "whole milk", "bread"]);
        assert_eq!(candidates("milk", &v), ["oat milk", "whole milk"]);
    }

    #[test]
    fn a_typo_as_close_to_two_items_is_ambiguous() {
        let v = vocab(&["pear", "peas", "bread"]);
        assert_eq!(candidates("pea", &v), Vec::<String>::new(), "short words are never typos");
        let v = vocab(&["carrots cake", "carrot cake"]);
        assert!(candidates("carot cake", &v).contains(&"carrot cake".to_string()));
    }

    #[test]
    fn a_known_name_or_alias_is_not() {
        let v = Vocabulary::new(
            vec!["oat milk".into(), "milk".into()],
            vec![("oj".into(), "orange juice".into())],
        );
        assert!(candidates("milk", &v).is_empty());
        assert!(candidates("oj", &v).is_empty());
    }

    #[test]
    fn a_new_name_with_nothing_close_is_simply_new() {
        assert!(candidates("coffee", &vocab(&["oat milk"])).is_empty());
        assert!(candidates("milk", &vocab(&["milkshake"])).is_empty());
    }
}
