//! Item names as the household's stock knows them.

use std::fmt;

/// A canonical item name: trimmed, lowercase, single-spaced, never empty, at most
/// [`ItemName::MAX_CHARS`] characters. Built once at the edge; the inside never re-checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ItemName(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidItemName {
    #[error("an item name cannot be empty")]
    Empty,
    #[error("an item name can have at most {max} characters")]
    TooLong { max: usize },
}

impl ItemName {
    pub const MAX_CHARS: usize = 80;

    pub fn parse(raw: &str) -> Result<ItemName, InvalidItemName> {
        let cleaned = raw.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if cleaned.is_empty() {
            return Err(InvalidItemName::Empty);
        }
        if cleaned.chars().count() > Self::MAX_CHARS {
            return Err(InvalidItemName::TooLong { max: Self::MAX_CHARS });
        }
        Ok(ItemName(cleaned))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ItemName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// English plural of a canonical (singular) name, for replies like "10 eggs".
/// Other locales phrase their messages so that the singular reads right.
pub fn plural_en(name: &str) -> String {
    const SAME: &[&str] = &[
        "milk",
        "flour",
        "sugar",
        "rice",
        "bread",
        "butter",
        "cheese",
        "coffee",
        "tea",
        "water",
        "juice",
        "salt",
        "pepper",
        "oil",
        "pasta",
        "honey",
        "cereal",
        "hummus",
        "couscous",
        "asparagus",
        "broccoli",
        "spinach",
        "lettuce",
        "fish",
        "meat",
        "chicken",
        "beef",
        "pork",
        "ham",
        "bacon",
        "jam",
        "cream",
        "wine",
        "beer",
        "oats",
        "granola",
        "ketchup",
        "mayonnaise",
        "mustard",
        "vinegar",
        "soap",
        "toilet paper",
        "salmon",
        "tuna",
        "garlic",
        "ginger",
        "parsley",
        "basil",
        "cinnamon",
        "chocolate",
    ];
    let last = name.rsplit(' ').next().unwrap_or(name);
    if SAME.contains(&name) || SAME.contains(&last) || last.ends_with("milk") {
        return name.to_owned();
    }
    let irregular: &[(&str, &str)] = &[
        ("loaf", "loaves"),
        ("knife", "knives"),
        ("leaf", "leaves"),
        ("potato", "potatoes"),
        ("tomato", "tomatoes"),
        ("mango", "mangoes"),
        ("person", "people"),
        ("mouse", "mice"),
    ];
    let stem = &name[..name.len() - last.len()];
    if let Some((_, p)) = irregular.iter().find(|(s, _)| *s == last) {
        return format!("{stem}{p}");
    }
    let plural_last = if last.ends_with('y')
        && !matches!(last.chars().rev().nth(1), Some('a' | 'e' | 'i' | 'o' | 'u'))
    {
        format!("{}ies", &last[..last.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| last.ends_with(e)) {
        format!("{last}es")
    } else {
        format!("{last}s")
    };
    format!("{stem}{plural_last}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_lowercased_and_single_spaced() {
        assert_eq!(ItemName::parse("  Oat   Milk ").unwrap().as_str(), "oat milk");
    }

    #[test]
    fn empty_and_overlong_names_are_refused() {
        assert_eq!(ItemName::parse("   "), Err(InvalidItemName::Empty));
        assert!(ItemName::parse(&"x".repeat(81)).is_err());
    }

    #[test]
    fn english_plurals_read_naturally() {
        assert_eq!(plural_en("egg"), "eggs");
        assert_eq!(plural_en("tomato"), "tomatoes");
        assert_eq!(plural_en("berry"), "berries");
        assert_eq!(plural_en("oat milk"), "oat milk");
        assert_eq!(plural_en("peach"), "peaches");
        assert_eq!(plural_en("red onion"), "red onions");
    }
}
