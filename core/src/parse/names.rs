//! Item names as the contract spells them: lowercase, singular, words joined by one space
//! (or by the hyphen they were written with: "semi-skimmed milk", "coca-cola").

use std::borrow::Cow;

use super::Lang;
use super::names_ru;
use super::token::{Tok, Tokens};

/// Joins the name's words and puts its head noun in the singular; with `plain`, also the
/// name as written, for matching a household item kept in the plural.
pub(crate) fn build(lang: Lang, toks: &Tokens, words: &[usize], plain: bool) -> (String, String) {
    let kept = words.iter().copied().filter(|&i| !clean(toks.text(i)).is_empty());
    // Bit n: the n-th word was written hyphenated to the one before it.
    let mut hyphens = 0u64;
    let mut prev = None;
    for (n, i) in kept.enumerate() {
        if n < 64 && toks.hyphen(i) && prev == Some(i.wrapping_sub(1)) {
            hyphens |= 1 << n;
        }
        prev = Some(i);
    }
    let parts = words.iter().map(|&i| clean(toks.text(i))).filter(|w| !w.is_empty());
    let join = |parts: &mut dyn Iterator<Item = Cow<'_, str>>| join(parts, hyphens);
    let written = if plain { join(&mut parts.clone().map(Cow::Borrowed)) } else { String::new() };
    let name = match lang {
        Lang::De => {
            // "griechischen Joghurt" is "griechischer joghurt": adjectives agree with the head.
            let kept: Vec<usize> =
                words.iter().copied().filter(|&i| !clean(toks.text(i)).is_empty()).collect();
            let upper = |i: usize| matches!(toks.toks[i], Tok::Word { upper: true, .. });
            let head = kept.last().map_or(Cow::Borrowed(""), |&i| singular_de(clean(toks.text(i))));
            let head_upper = kept.last().is_some_and(|&i| upper(i));
            let last = kept.len().saturating_sub(1);
            join(&mut kept.iter().enumerate().map(|(n, &i)| {
                let w = clean(toks.text(i));
                if n == last {
                    head.clone()
                } else {
                    adjective_de(w, head_upper && !upper(i), &head)
                }
            }))
        }
        Lang::En => {
            let last = parts.clone().count().saturating_sub(1);
            join(&mut parts.enumerate().map(|(n, w)| match (n == last, lang) {
                (false, Lang::En) => respell_en(Cow::Borrowed(w)),
                (false, _) => Cow::Borrowed(w),
                (true, Lang::En) => respell_en(singular_en(w)),
                (true, _) => singular_de(w),
            }))
        }
        Lang::Es | Lang::Fr => {
            // The head comes first and its adjectives agree with it: "pimientos rojos".
            let mut head = true;
            join(&mut parts.map(|w| {
                head &= !is_romance_link(w);
                match (head, lang) {
                    // "fruits de mer surgelés": a participle after the link still agrees.
                    (false, Lang::Fr) if w.ends_with("és") || w.ends_with("ées") => {
                        Cow::Borrowed(&w[..w.len() - 1])
                    }
                    (false, _) => Cow::Borrowed(w),
                    (true, Lang::Es) => singular_es(w),
                    (true, _) => singular_fr(w),
                }
            }))
        }
        Lang::Ru => {
            let mut owned: Vec<String> = parts.map(str::to_owned).collect();
            let counted = words.first().is_some_and(|&i| names_ru::counted(toks, i));
            names_ru::lemmatize(&mut owned, counted);
            join(&mut owned.iter().map(|s| Cow::Borrowed(s.as_str())))
        }
    };
    (name, written)
}

/// A common misspelling of a grocery, put right: "avacados" → "avocado".
fn respell_en(w: Cow<'_, str>) -> Cow<'_, str> {
    match super::lexicon_en::respell(&w) {
        Some(right) => Cow::Borrowed(right),
        None => w,
    }
}

fn join<S: AsRef<str>>(parts: impl Iterator<Item = S>, hyphens: u64) -> String {
    let mut out = String::new();
    for (n, p) in parts.enumerate() {
        if n < 64 && hyphens & (1 << n) != 0 {
            out.push('-');
        } else if !out.is_empty() && !out.ends_with('\'') {
            out.push(' ');
        }
        out.push_str(p.as_ref());
    }
    out
}

/// Drops possessive and contraction endings: "milk's" → "milk".
fn clean(w: &str) -> &str {
    let w = w.strip_suffix("'s").unwrap_or(w);
    if w.ends_with('\'') && w.chars().count() > 2 { w.trim_end_matches('\'') } else { w }
}

fn is_romance_link(w: &str) -> bool {
    matches!(
        w,
        "de" | "d'"
            | "del"
            | "du"
            | "des"
            | "à"
            | "a"
            | "al"
            | "au"
            | "aux"
            | "con"
            | "sin"
            | "en"
            | "sans"
            | "avec"
            | "para"
            | "pour"
    )
}

const EN_SAME: &[&str] = &[
    "hummus",
    "houmous",
    "asparagus",
    "couscous",
    "molasses",
    "swiss",
    "series",
    "species",
    "news",
    "citrus",
    "octopus",
    "cactus",
    "haggis",
    "pastis",
    "cannabis",
    "schnapps",
    "brussels",
    "lettuce",
    "fish",
    "sheep",
    "deer",
    "shrimp",
    "salmon",
    "squid",
    "tuna",
    "cod",
    "trout",
    "hops",
    "grits",
    "watercress",
    "cress",
    "tapas",
    "nachos",
    "jus",
    "ananas",
    "pancreas",
    "gas",
    "bus",
    "yes",
    "always",
    "plus",
    "christmas",
    "fries",
    "oats",
    // Brands whose "s" is their own, not a plural.
    "baileys",
    "domestos",
    "pampers",
    "huggies",
    "snickers",
    "mars",
];

const EN_IRREGULAR: &[(&str, &str)] = &[
    ("loaves", "loaf"),
    ("kiwis", "kiwi"),
    ("chillis", "chilli"),
    ("chillies", "chilli"),
    ("chilies", "chili"),
    ("mousses", "mousse"),
    ("chilis", "chili"),
    ("bhajis", "bhaji"),
    ("chapatis", "chapati"),
    ("leaves", "leaf"),
    ("halves", "half"),
    ("knives", "knife"),
    ("calves", "calf"),
    ("shelves", "shelf"),
    ("wolves", "wolf"),
    ("mice", "mouse"),
    ("geese", "goose"),
    ("teeth", "tooth"),
    ("feet", "foot"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
    ("people", "person"),
    ("dice", "die"),
    ("cacti", "cactus"),
    ("fungi", "fungus"),
    ("quiches", "quiche"),
    ("brioches", "brioche"),
    ("niches", "niche"),
    ("shoes", "shoe"),
    ("toes", "toe"),
    ("canoes", "canoe"),
];

/// Plurals that end in "-ies" but whose singular ends in "-ie".
const EN_IE: &[&str] = &[
    "cookie", "brownie", "smoothie", "veggie", "pie", "movie", "calorie", "zombie", "beanie",
    "hoagie", "rookie", "birdie", "sweetie", "tie", "lie", "goodie", "selfie", "wheatie", "oreo",
    "krispie", "pastie", "kiddie", "frittie", "bootie", "junkie", "nightie", "boxtie", "tattie",
    "sarnie", "biccie", "bickie", "pressie",
];

pub(crate) fn singular_en(w: &str) -> Cow<'_, str> {
    if w.chars().count() <= 3 || EN_SAME.contains(&w) {
        return Cow::Borrowed(w);
    }
    if let Some((_, s)) = EN_IRREGULAR.iter().find(|(p, _)| *p == w) {
        return Cow::Borrowed(s);
    }
    // "haagen dazs": no English plural ends in "zs". "kohlrabis", "salamis": a plural in
    // "-is" after a single consonant is of a noun in "-i" ("haggis", "tennis", "oasis" are not).
    let of_i = w.len() >= 6
        && w.strip_suffix("is").is_some_and(|stem| {
            let b = stem.as_bytes();
            let (x, y) = (b[b.len() - 2], b[b.len() - 1]);
            y != b's' && x != y && !b"aeiou".contains(&y)
        });
    if w.ends_with("ss")
        || w.ends_with("us")
        || (w.ends_with("is") && !of_i)
        || w.ends_with("zs")
        || !w.ends_with('s')
    {
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix("ies") {
        let ie = format!("{stem}ie");
        if EN_IE.contains(&ie.as_str()) || stem.chars().count() < 2 {
            return Cow::Owned(ie);
        }
        return Cow::Owned(format!("{stem}y"));
    }
    if let Some(stem) = w.strip_suffix("oes") {
        return Cow::Owned(format!("{stem}o"));
    }
    for end in ["ches", "shes", "sses", "xes", "zzes"] {
        if w.ends_with(end) {
            return Cow::Borrowed(&w[..w.len() - 2]);
        }
    }
    Cow::Borrowed(&w[..w.len() - 1])
}

const DE_IRREGULAR: &[(&str, &str)] = &[
    ("eiern", "ei"),
    ("eier", "ei"),
    ("äpfeln", "apfel"),
    ("äpfel", "apfel"),
    ("nüssen", "nuss"),
    ("nüsse", "nuss"),
    ("würste", "wurst"),
    ("würsten", "wurst"),
    ("säfte", "saft"),
    ("brote", "brot"),
    ("broten", "brot"),
    ("kekse", "keks"),
    ("keksen", "keks"),
    ("pilze", "pilz"),
    ("pilzen", "pilz"),
    ("pfirsiche", "pfirsich"),
    ("fische", "fisch"),
    ("käse", "käse"),
    ("salate", "salat"),
    ("weine", "wein"),
    ("biere", "bier"),
    ("tees", "tee"),
    ("kaffees", "kaffee"),
    ("zitronen", "zitrone"),
    ("mandeln", "mandel"),
    ("kräuter", "kraut"),
    ("blätter", "blatt"),
    ("gläser", "glas"),
    ("hähnchen", "hähnchen"),
    ("brötchen", "brötchen"),
    ("würstchen", "würstchen"),
    ("pizzen", "pizza"),
    ("beeren", "beere"),
    ("tücher", "tuch"),
    ("schwämme", "schwamm"),
    ("klöße", "kloß"),
    ("säcke", "sack"),
    ("köpfe", "kopf"),
    ("töpfe", "topf"),
    ("zöpfe", "zopf"),
    ("gewürze", "gewürz"),
    ("getränke", "getränk"),
    ("kerne", "kern"),
    ("brüste", "brust"),
    ("körner", "korn"),
    ("hölzer", "holz"),
    ("kürbisse", "kürbis"),
];

/// Singular nouns that look like "-en" plurals.
const DE_SAME: &[&str] = &[
    "schinken",
    "kuchen",
    "weizen",
    "roggen",
    "braten",
    "rücken",
    "knochen",
    "reis",
    "mais",
    "eis",
    "kürbis",
    "ananas",
    "keks",
    "lachs",
    "hummus",
    "couscous",
    "kakao",
    "müsli",
    "essen",
    "samen",
    "joghurt",
    "senf",
    "spinat",
    "quark",
    "radieschen",
    "pommes",
    "chips",
    "haferflocken",
    "cornflakes",
    "spaghetti",
    "paprika",
    "sahne",
    "butter",
    "wasser",
    "zucker",
    "ingwer",
    "pfeffer",
    "honig",
    "essig",
    "öl",
    "mehl",
    "salz",
    "milch",
    "gries",
    "grieß",
    "toast",
    "bohnenkaffee",
    "kaffeebohnen",
    "topfen",
    "kren",
    "krapfen",
    "boden",
    "laken",
    "lappen",
    "wecken",
    "kolben",
    "schnaps",
    "pils",
    "mus",
    "ibuprofen",
    "besen",
    "nacken",
];

/// Heads whose adjectives end in "-er" ("griechischer joghurt") and in "-es"
/// ("alkoholfreies bier"), by the end of the singular; others take "-e".
const DE_MASCULINE: &[&str] = &[
    "sack",
    "beutel",
    "schwamm",
    "lappen",
    "filter",
    "tee",
    "kaffee",
    "joghurt",
    "reis",
    "käse",
    "saft",
    "wein",
    "essig",
    "zucker",
    "honig",
    "senf",
    "quark",
    "schinken",
    "speck",
    "lachs",
    "fisch",
    "apfel",
    "kohl",
    "salat",
    "pfeffer",
    "sekt",
    "kuchen",
    "toast",
    "aufschnitt",
    "camembert",
    "gouda",
    "parmesan",
    "sirup",
    "brei",
    "pudding",
    "tofu",
    "hummus",
    "couscous",
    "rum",
    "wodka",
    "gin",
    "whisky",
    "likör",
    "kakao",
    "spinat",
    "brokkoli",
    "knoblauch",
    "lauch",
    "ingwer",
    "keks",
    "mais",
    "bagel",
    "schnaps",
    "tee",
];
const DE_NEUTER: &[&str] = &[
    "bier",
    "wasser",
    "brot",
    "öl",
    "mehl",
    "ei",
    "müsli",
    "mus",
    "hack",
    "fleisch",
    "gemüse",
    "obst",
    "salz",
    "eis",
    "mittel",
    "pulver",
    "shampoo",
    "gel",
    "püree",
    "steak",
    "filet",
    "schnitzel",
    "hähnchen",
    "brötchen",
    "würstchen",
    "papier",
    "tuch",
];
const DE_ADJ_SUFFIXES: &[&str] = &[
    "isch",
    "ig",
    "lich",
    "frei",
    "los",
    "arm",
    "reich",
    "voll",
    "haltig",
    "fett",
    "rot",
    "grün",
    "gelb",
    "weiß",
    "weiss",
    "schwarz",
    "braun",
    "blau",
    "süß",
    "saur",
    "scharf",
    "mild",
    "still",
    "hell",
    "dunkl",
    "fein",
    "grob",
    "mager",
    "vegan",
    "gemahlen",
    "gesalzen",
    "geräuchert",
    "getrocknet",
    "passiert",
];

/// A word before a German head noun, inflected as the head's adjective in the nominative:
/// `cased` says it was written in lowercase before a capitalised noun.
fn adjective_de<'a>(w: &'a str, cased: bool, head: &str) -> Cow<'a, str> {
    let Some(stem) = w.strip_suffix("en").or_else(|| w.strip_suffix('e')) else {
        return Cow::Borrowed(w);
    };
    if !adjective_like_de(w, cased) {
        return Cow::Borrowed(w);
    }
    let ending = if DE_MASCULINE.iter().any(|m| head.ends_with(m)) {
        "er"
    } else if DE_NEUTER.iter().any(|m| head.ends_with(m)) {
        "es"
    } else {
        "e"
    };
    Cow::Owned(format!("{stem}{ending}"))
}

/// Whether a German word ending in "-e" or "-en" reads as an adjective: by its stem
/// ("griechisch-", "rot-", a participle "eingelegt-"), or by being written in lowercase
/// before a capitalised noun (`cased`).
pub(crate) fn adjective_like_de(w: &str, cased: bool) -> bool {
    let Some(stem) = w.strip_suffix("en").or_else(|| w.strip_suffix('e')) else {
        return false;
    };
    let participle = stem.ends_with('t') && stem.contains("ge");
    stem.chars().count() >= 3
        && (cased || participle || DE_ADJ_SUFFIXES.iter().any(|s| stem.ends_with(s)))
}

pub(crate) fn singular_de(w: &str) -> Cow<'_, str> {
    if let Some((p, s)) = DE_IRREGULAR.iter().find(|(p, _)| w.ends_with(p)) {
        return Cow::Owned(format!("{}{s}", &w[..w.len() - p.len()]));
    }
    // "Gläschen", "Röschen" are diminutives; "Kirschen", "Flaschen" plurals of "-sche".
    let diminutive =
        w.ends_with("chen") && w.strip_suffix("schen").is_none_or(|r| r.ends_with(['ä', 'ö', 'ü']));
    if DE_SAME.iter().any(|s| w.ends_with(s)) || w.chars().count() <= 3 || diminutive {
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix('n')
        && (stem.ends_with('e') || stem.ends_with("el") || stem.ends_with("er"))
        && !stem.ends_with("ee")
    {
        return Cow::Borrowed(stem);
    }
    if let Some(stem) = w.strip_suffix('s')
        && !stem.ends_with('s')
        && stem.chars().last().is_some_and(|c| "aeiotnkmybdlpgw".contains(c))
    {
        return Cow::Borrowed(stem);
    }
    Cow::Borrowed(w)
}

const ES_SAME: &[&str] = &[
    "ananás",
    "humus",
    "cuscús",
    "gas",
    "tos",
    "lunes",
    "crisis",
    "mas",
    "más",
    "brócolis",
    "espaguetis",
    "macarrones",
    "virus",
    "atlas",
    "dos",
    "tres",
    "seis",
    "lavavajillas",
    "lavaplatos",
    "friegaplatos",
    "friegasuelos",
    "fregasuelos",
    "limpiacristales",
    "quitamanchas",
    "quitagrasas",
    "abrelatas",
    "sacacorchos",
    "mondadientes",
    "limpiagafas",
    "matamoscas",
];

/// Plurals in "-es" of nouns that end in "-e": not "chil" but "chile".
const ES_E_PLURAL: &[&str] = &["chiles", "moles", "potajes", "tomatillos"];

pub(crate) fn singular_es(w: &str) -> Cow<'_, str> {
    if w.chars().count() <= 3 || ES_SAME.contains(&w) || !w.ends_with('s') {
        return Cow::Borrowed(w);
    }
    if ES_E_PLURAL.contains(&w) {
        return Cow::Borrowed(&w[..w.len() - 1]);
    }
    if let Some(stem) = w.strip_suffix("ones") {
        return Cow::Owned(format!("{stem}ón"));
    }
    if let Some(stem) = w.strip_suffix("ines") {
        return Cow::Owned(format!("{stem}ín"));
    }
    if let Some(stem) = w.strip_suffix("ces")
        && stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return Cow::Owned(format!("{stem}z"));
    }
    if let Some(stem) = w.strip_suffix("es") {
        let mut rev = stem.chars().rev();
        if let (Some(c1), Some(c0)) = (rev.next(), rev.next())
            && "lnrdjy".contains(c1)
            && "aeiouáéíóú".contains(c0)
        {
            return Cow::Borrowed(stem);
        }
    }
    Cow::Borrowed(&w[..w.len() - 1])
}

const FR_SAME: &[&str] = &[
    "jus",
    "ananas",
    "radis",
    "pois",
    "noix",
    "riz",
    "maïs",
    "anchois",
    "cassis",
    "couscous",
    "houmous",
    "frais",
    "gras",
    "mois",
    "prix",
    "choix",
    "os",
    "pâtes",
    "chips",
    "épinards",
    "brebis",
    "tapas",
    "nachos",
    "céréales",
    "rillettes",
    "lentilles",
    "fines",
    "herbes",
    "cornflakes",
    "spéculoos",
    "pringles",
    "multifruits",
    "mars",
    "tacos",
    "tournedos",
    "roux",
    "doux",
    "faux",
    "gris",
    "bis",
    "anglais",
    "français",
    "chinois",
    "japonais",
    "épais",
    "oasis",
    "twix",
    "panais",
    "anis",
    "pastis",
    "hachis",
    "salsifis",
    "ris",
];

pub(crate) fn singular_fr(w: &str) -> Cow<'_, str> {
    if w.chars().count() <= 2 || FR_SAME.contains(&w) {
        return Cow::Borrowed(w);
    }
    if let Some(stem) = w.strip_suffix("eaux") {
        return Cow::Owned(format!("{stem}eau"));
    }
    if let Some(stem) = w.strip_suffix("oux") {
        return Cow::Owned(format!("{stem}ou"));
    }
    if let Some(stem) = w.strip_suffix("aux") {
        return Cow::Owned(format!("{stem}al"));
    }
    if let Some(stem) = w.strip_suffix(['s', 'x']) {
        return Cow::Borrowed(stem);
    }
    Cow::Borrowed(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_plurals_become_singular() {
        for (p, s) in [
            ("tomatoes", "tomato"),
            ("berries", "berry"),
            ("cookies", "cookie"),
            ("peaches", "peach"),
            ("eggs", "egg"),
            ("hummus", "hummus"),
            ("asparagus", "asparagus"),
            ("glasses", "glass"),
            ("cheeses", "cheese"),
            ("loaves", "loaf"),
            ("kohlrabis", "kohlrabi"),
            ("haggis", "haggis"),
            ("tennis", "tennis"),
        ] {
            assert_eq!(singular_en(p), s);
        }
    }

    #[test]
    fn german_spanish_and_french_plurals_become_singular() {
        assert_eq!(singular_de("eier"), "ei");
        assert_eq!(singular_de("tomaten"), "tomate");
        assert_eq!(singular_de("kartoffeln"), "kartoffel");
        assert_eq!(singular_de("schinken"), "schinken");
        assert_eq!(singular_es("patatas"), "patata");
        assert_eq!(singular_es("limones"), "limón");
        assert_eq!(singular_es("tomates"), "tomate");
        assert_eq!(singular_es("panes"), "pan");
        assert_eq!(singular_fr("œufs"), "œuf");
        assert_eq!(singular_fr("poireaux"), "poireau");
    }
}
