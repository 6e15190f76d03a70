//! Item names as the contract spells them: lowercase, singular, words joined by one space
//! (or by the hyphen they were written with: "semi-skimmed milk", "coca-cola").

use std::borrow::Cow;
use std::sync::LazyLock;

use super::Lang;
use super::hash::FastMap;
use super::lexicon_de;
use super::names_ru;
use super::token::{Tok, Tokens, unheld};

/// Joins the name's words and puts its head noun in the singular; with `plain`, also the
/// name as written, for matching a household item kept in the plural.
pub(crate) fn build(lang: Lang, toks: &Tokens, words: &[usize], plain: bool) -> (String, String) {
    // "Ben & Jerry's", "Kellogg's": French has no possessive "'s", so a brand keeps it.
    let clean = |w| clean(lang, w);
    let kept = words.iter().copied().filter(|&i| !clean(toks.text(i)).is_empty());
    // Bit n: the n-th word was written hyphenated to the one before it; in `amps`, joined to
    // it by a brand's "&".
    let (mut hyphens, mut amps) = (0u64, 0u64);
    let mut prev = None;
    for (n, i) in kept.enumerate() {
        if n < 64 && toks.hyphen(i) && prev == Some(i.wrapping_sub(1)) {
            hyphens |= 1 << n;
        }
        if n < 64 && lang == Lang::Fr && prev == Some(i.wrapping_sub(2)) && toks.brand_amp(i - 1) {
            amps |= 1 << n;
        }
        prev = Some(i);
    }
    let parts = words.iter().map(|&i| clean(toks.text(i))).filter(|w| !w.is_empty());
    let join = |parts: &mut dyn Iterator<Item = Cow<'_, str>>| join(parts, hyphens, amps);
    let written = if plain { join(&mut parts.clone().map(Cow::Borrowed)) } else { String::new() };
    let name = match lang {
        Lang::De => {
            // "griechischen Joghurt" is "griechischer joghurt": adjectives agree with the head.
            let kept: Vec<usize> =
                words.iter().copied().filter(|&i| !clean(toks.text(i)).is_empty()).collect();
            let upper = |i: usize| matches!(toks.toks[i], Tok::Word { upper: true, .. });
            let head = kept.last().map_or(Cow::Borrowed(""), |&i| {
                let w = clean(toks.text(i));
                lexicon_de::respell(w)
                    .or_else(|| lexicon_de::contents(w))
                    .map_or_else(|| singular_de(w), Cow::Borrowed)
            });
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
            // "pâtes complètes": a name said only in the plural keeps its adjectives plural.
            let plural_only =
                lang == Lang::Fr && parts.clone().next().is_some_and(|w| FR_PLURAL.contains(&w));
            let mut first = true;
            let kept = words.iter().copied().filter(|&i| !clean(toks.text(i)).is_empty());
            join(&mut kept.map(|i| {
                // A capital that opens the message is the sentence's, not a brand's, and a
                // grocery the tables know is no brand ("Compré Melones y Sandías").
                let upper = i > 0
                    && matches!(toks.toks[i], Tok::Word { upper: true, .. })
                    && !(lang == Lang::Es && super::lexicon_es::is_grocery(toks.key(i)));
                // "Hellmann's": Spanish has no possessive "'s", so it is a brand's spelling.
                let w = match toks.text(i) {
                    t if lang == Lang::Es && t.ends_with("'s") => t,
                    t => clean(t),
                };
                // "pizza Casa Tarradellas": a capitalised word after the head is a brand's.
                let brand = lang == Lang::Es && upper && !first;
                head &= !(is_romance_link(w) || brand);
                let adjective = !std::mem::replace(&mut first, false);
                match (head, lang) {
                    // "fruits de mer surgelés", "cuisses de canard confites": a participle
                    // after the link still agrees with the head.
                    (false, Lang::Fr)
                        if ["és", "ées", "ites", "ies"].iter().any(|e| w.ends_with(e)) =>
                    {
                        Cow::Borrowed(&w[..w.len() - 1])
                    }
                    (false, Lang::Es) => unheld(w),
                    (false, _) => ligature_fr(w),
                    // "3 Danones", "Oreos": a brand's plural only adds "s".
                    (true, Lang::Es)
                        if upper && w.len() > 3 && w.ends_with('s') && !w.ends_with("'s") =>
                    {
                        Cow::Borrowed(&w[..w.len() - 1])
                    }
                    (true, Lang::Es) => match unheld(w) {
                        Cow::Borrowed(w) => singular_es(w),
                        Cow::Owned(w) => Cow::Owned(singular_es(&w).into_owned()),
                    },
                    (true, _) if plural_only && adjective => ligature_fr(w),
                    (true, _) => match ligature_fr(w) {
                        Cow::Borrowed(w) => singular_fr(w),
                        Cow::Owned(w) => Cow::Owned(singular_fr(&w).into_owned()),
                    },
                }
            }))
        }
        Lang::Ru => {
            let mut owned: Vec<String> = parts.map(str::to_owned).collect();
            // "буханку чёрного": the bread a loaf of an adjective alone is.
            if let [w] = words[..]
                && names_ru::loaf_of(toks, w)
            {
                owned.push("хлеб".to_owned());
            }
            let counted = words.first().is_some_and(|&i| names_ru::counted(toks, i))
                || words.last().is_some_and(|&i| names_ru::denied_after(toks, i));
            names_ru::lemmatize(&mut owned, counted, hyphens);
            join(&mut owned.iter().map(|s| Cow::Borrowed(s.as_str())))
        }
    };
    (name, written)
}

/// "oeufs", "boeuf", "coeur de laitue": French typed without its "œ" ligature, put back.
fn ligature_fr(w: &str) -> Cow<'_, str> {
    for stem in ["oeuf", "boeuf", "coeur"] {
        if let Some(rest) = w.strip_prefix(stem) {
            let fixed = stem.replace("oe", "œ");
            return Cow::Owned(format!("{fixed}{rest}"));
        }
    }
    Cow::Borrowed(w)
}

/// A common misspelling of a grocery, put right: "avacados" → "avocado".
fn respell_en(w: Cow<'_, str>) -> Cow<'_, str> {
    match super::lexicon_en::respell(&w) {
        Some(right) => Cow::Borrowed(right),
        None => w,
    }
}

fn join<S: AsRef<str>>(parts: impl Iterator<Item = S>, hyphens: u64, amps: u64) -> String {
    let mut out = String::new();
    for (n, p) in parts.enumerate() {
        if n < 64 && hyphens & (1 << n) != 0 {
            out.push('-');
        } else if n < 64 && amps & (1 << n) != 0 {
            out.push_str(" & ");
        } else if !out.is_empty() && !out.ends_with('\'') {
            out.push(' ');
        }
        out.push_str(p.as_ref());
    }
    out
}

/// Drops possessive and contraction endings: "milk's" → "milk"; "M&M's" is a brand's name,
/// and French has no possessive "'s", so a brand keeps it ("Kellogg's").
fn clean(lang: Lang, w: &str) -> &str {
    let w = if lang == Lang::Fr || w.contains('&') { w } else { w.strip_suffix("'s").unwrap_or(w) };
    if w.ends_with('\'') && w.chars().count() > 2 { w.trim_end_matches('\'') } else { w }
}

pub(crate) fn is_romance_link(w: &str) -> bool {
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

/// `EN_IRREGULAR` by plural: a name's every word is looked up.
static EN_IRREGULAR_MAP: LazyLock<FastMap<&'static str, &'static str>> =
    LazyLock::new(|| EN_IRREGULAR.iter().copied().collect());

pub(crate) fn singular_en(w: &str) -> Cow<'_, str> {
    if w.chars().count() <= 3 {
        return Cow::Borrowed(w);
    }
    if let Some(s) = EN_IRREGULAR_MAP.get(w) {
        return Cow::Borrowed(s);
    }
    // Only a word in "-s" is a regular plural; most are not, and skip the list.
    if !w.ends_with('s') || EN_SAME.contains(&w) {
        return Cow::Borrowed(w);
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
    ("klingen", "klinge"),
    ("klinge", "klinge"),
    ("linge", "ling"),
    ("lingen", "ling"),
    ("heringe", "hering"),
    ("spieße", "spieß"),
    ("lichter", "licht"),
    ("nester", "nest"),
    ("zwiebäcke", "zwieback"),
    ("möpse", "mops"),
    ("sterne", "stern"),
    ("bären", "bär"),
    ("schnitze", "schnitz"),
    ("zungen", "zunge"),
    ("ungen", "ung"),
    ("keiten", "keit"),
    ("heiten", "heit"),
    ("schaften", "schaft"),
];

/// Singular nouns that look like "-en" plurals.
const DE_SAME: &[&str] = &[
    "chicken",
    "mops",
    "flips",
    "gans",
    "gras",
    "glas",
    "anis",
    "kokos",
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
    "hummus",
    "cuscús",
    "gas",
    "tos",
    "lunes",
    "crisis",
    "mas",
    "más",
    "brócolis",
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
    // "m&m's": an English brand's "'s" is no Spanish plural.
    if w.chars().count() <= 3 || !w.ends_with('s') || w.ends_with("'s") || ES_SAME.contains(&w) {
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
    // "mazapanes", "cruasanes": after another syllable "-anes" is "-án" ("panes" is "pan").
    if let Some(stem) = w.strip_suffix("anes")
        && stem.contains(['a', 'e', 'i', 'o', 'u', 'á', 'é', 'í', 'ó', 'ú'])
    {
        return Cow::Owned(format!("{stem}án"));
    }
    if let Some(stem) = w.strip_suffix("ces")
        && stem.ends_with(['a', 'e', 'i', 'o', 'u'])
    {
        return Cow::Owned(format!("{stem}z"));
    }
    // "maníes", "tabúes": a stressed final vowel takes "-es".
    if let Some(stem) = w.strip_suffix("es")
        && stem.ends_with(['í', 'ú'])
    {
        return Cow::Borrowed(stem);
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

/// French names said only in the plural: their adjectives stay plural ("pâtes complètes").
const FR_PLURAL: &[&str] =
    &["pâtes", "céréales", "lentilles", "chips", "épinards", "rillettes", "cornflakes"];

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
    "cervelas",
    "cenovis",
    // Brands whose name is a plural: "des Pampers".
    "pampers",
    "huggies",
    "maltesers",
    "skittles",
    "smarties",
    "cheerios",
    "kleenex",
];

pub(crate) fn singular_fr(w: &str) -> Cow<'_, str> {
    // Only a word in "-s" or "-x" can be a plural; most are not, and skip the list.
    // "speculoos": a word in "-oos" is the same in the plural.
    if w.chars().count() <= 2
        || !w.ends_with(['s', 'x'])
        || w.ends_with("'s")
        || w.ends_with("oos")
        || FR_SAME.contains(&w)
    {
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
    // "choux", "jeux": a plural in "-x" ends in "-ux"; "max", "mix" are singular.
    if let Some(stem) =
        w.strip_suffix('s').or_else(|| w.strip_suffix("ux").map(|_| &w[..w.len() - 1]))
    {
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
