//! `cargo bench -p restock-core --bench parse`: messages per second for `parse_with` over a
//! household message mix with a 500-item vocabulary, and — on the same ingredient-style
//! lines — the quantity/unit accuracy and speed of the `ingredient` crate as the peer.

use std::hint::black_box;
use std::time::{Duration, Instant};

use restock_core::parse::{Lang, Vocabulary, parse_with};
use restock_core::unit::Unit;

const BASE: &[&str] = &[
    "milk",
    "egg",
    "bread",
    "butter",
    "cheese",
    "yogurt",
    "cream",
    "flour",
    "sugar",
    "salt",
    "pepper",
    "rice",
    "pasta",
    "oat milk",
    "coffee",
    "tea",
    "orange juice",
    "apple juice",
    "water",
    "beer",
    "wine",
    "banana",
    "apple",
    "pear",
    "orange",
    "lemon",
    "lime",
    "grape",
    "strawberry",
    "blueberry",
    "raspberry",
    "avocado",
    "tomato",
    "potato",
    "onion",
    "garlic",
    "carrot",
    "cucumber",
    "lettuce",
    "spinach",
    "broccoli",
    "cauliflower",
    "pepper",
    "zucchini",
    "mushroom",
    "corn",
    "pea",
    "bean",
    "chickpea",
    "lentil",
    "chicken breast",
    "ground beef",
    "bacon",
    "ham",
    "sausage",
    "salmon",
    "tuna",
    "shrimp",
    "tofu",
    "olive oil",
    "vinegar",
    "honey",
    "jam",
    "peanut butter",
    "cereal",
    "oats",
    "granola",
    "cookie",
    "chocolate",
    "crisps",
    "popcorn",
    "nut",
    "almond",
    "walnut",
    "raisin",
    "ketchup",
    "mustard",
    "mayonnaise",
    "soy sauce",
    "hot sauce",
    "pesto",
    "tomato sauce",
    "stock cube",
    "baking powder",
    "yeast",
    "vanilla extract",
    "cinnamon",
    "paprika",
    "cumin",
    "oregano",
    "basil",
    "parsley",
    "coriander",
    "ginger",
    "toilet paper",
    "paper towel",
    "dish soap",
    "laundry detergent",
    "sponge",
    "trash bag",
    "shampoo",
    "toothpaste",
    "soap",
    "diaper",
    "wet wipe",
    "cat food",
    "dog food",
    "ice cream",
    "frozen pizza",
    "frozen pea",
    "fish finger",
    "bagel",
    "croissant",
    "tortilla",
    "cracker",
    "rice cake",
    "hummus",
    "couscous",
    "quinoa",
    "noodle",
    "brown sugar",
    "greek yogurt",
    "cottage cheese",
    "mozzarella",
    "parmesan",
    "feta",
];

const QUALIFIERS: &[&str] = &["", "organic ", "value ", "premium "];

fn vocabulary() -> Vocabulary {
    let mut items = Vec::new();
    'fill: for q in QUALIFIERS {
        for b in BASE {
            let name = format!("{q}{b}");
            if !items.contains(&name) {
                items.push(name);
            }
            if items.len() == 500 {
                break 'fill;
            }
        }
    }
    let aliases = [
        ("oj", "orange juice"),
        ("tp", "toilet paper"),
        ("pb", "peanut butter"),
        ("evoo", "olive oil"),
        ("loo roll", "toilet paper"),
    ]
    .map(|(a, c)| (a.to_owned(), c.to_owned()))
    .to_vec();
    Vocabulary::new(items, aliases)
}

const MESSAGES: &[(Lang, &str)] = &[
    (Lang::En, "bought 12 eggs"),
    (Lang::En, "used 2 eggs"),
    (Lang::En, "how many eggs do we have?"),
    (Lang::En, "we're out of milk"),
    (Lang::En, "milk is finished 😩"),
    (Lang::En, "we have half a dozen eggs left"),
    (Lang::En, "add oat milk + coffee to the list"),
    (Lang::En, "take milk off the list"),
    (Lang::En, "what's on the shopping list?"),
    (Lang::En, "oops undo that"),
    (Lang::En, "used 2 eggs and 200g flour"),
    (Lang::En, "used 3 eggs for the omelette"),
    (Lang::En, "bought 2 loaves of bread"),
    (Lang::En, "drank half a bottle of wine"),
    (Lang::En, "used 1 1/2 cups of sugar"),
    (Lang::En, "boguht 3 lemons"),
    (Lang::En, "bought 6 bannanas and a bag of organic carrots"),
    (Lang::En, "got 2 cartons of OJ"),
    (Lang::En, "picked up a loaf of bread on the way home"),
    (Lang::En, "we still have 3 cans of tuna"),
    (Lang::En, "any bread left?"),
    (Lang::En, "used 2 tbsp olive oil and a pinch of salt"),
    (Lang::En, "bought kohlrabi"),
    (Lang::En, "hello how are you"),
    (Lang::De, "drei Eier aufgebraucht"),
    (Lang::De, "Milch ist alle"),
    (Lang::Es, "compré 1,5 kg de patatas"),
    (Lang::Fr, "j'ai acheté 6 œufs"),
    (Lang::Ru, "купил 10 яиц"),
    (Lang::Ru, "молоко закончилось"),
];

/// Ingredient-style lines with the quantity and unit code the contract asks for.
const LINES: &[(&str, f64, Option<&str>)] = &[
    ("2 cups flour", 2.0, Some("cup")),
    ("200g sugar", 200.0, Some("g")),
    ("1 1/2 tsp salt", 1.5, Some("tsp")),
    ("3 large eggs", 3.0, None),
    ("2 loaves of bread", 2.0, Some("loaf")),
    ("½ l milk", 0.5, Some("l")),
    ("1,5 kg potatoes", 1.5, Some("kg")),
    ("a dozen eggs", 12.0, None),
    ("2 tbsp olive oil", 2.0, Some("tbsp")),
    ("1 lb butter", 1.0, Some("lb")),
    ("3 cloves garlic", 3.0, Some("clove")),
    ("1 can chopped tomatoes", 1.0, Some("can")),
    ("2 bottles of wine", 2.0, Some("bottle")),
    ("500 ml cream", 500.0, Some("ml")),
    ("half a cup of milk", 0.5, Some("cup")),
    ("2 packs of pasta", 2.0, Some("pack")),
    ("1 tablespoon honey", 1.0, Some("tbsp")),
    ("4 slices of bacon", 4.0, Some("slice")),
    ("1 bunch of parsley", 1.0, Some("bunch")),
    ("8 oz cream cheese", 8.0, Some("oz")),
    ("2 kilos of apples", 2.0, Some("kg")),
    ("1/4 teaspoon cinnamon", 0.25, Some("tsp")),
    ("3 tins of chickpeas", 3.0, Some("can")),
    ("1 jar of pesto", 1.0, Some("jar")),
    ("6 bananas", 6.0, None),
    ("250 grams of butter", 250.0, Some("g")),
    ("1 head of lettuce", 1.0, Some("head")),
    ("2 litres of milk", 2.0, Some("l")),
    ("a pinch of salt", 1.0, Some("pinch")),
    ("12 fl oz beer", 12.0, Some("fl_oz")),
];

fn ours(line: &str) -> (Option<f64>, Option<String>) {
    // A chat message needs a verb to have an intent; the item reading is what is compared.
    let p = parse_with(&format!("used {line}"), Lang::En, &Vocabulary::default());
    match p.items.first() {
        Some(i) => (i.quantity, i.unit.map(|u| u.code().to_owned())),
        None => (None, None),
    }
}

fn peer(line: &str) -> (Option<f64>, Option<String>) {
    let ing = ingredient::from_str(line);
    let Some(m) = ing.amounts.first() else { return (None, None) };
    let (value, _) = m.values();
    use ingredient::unit::Unit as P;
    let unit = match m.unit() {
        P::Gram => Some("g".to_owned()),
        P::Kilogram => Some("kg".to_owned()),
        P::Liter => Some("l".to_owned()),
        P::Milliliter => Some("ml".to_owned()),
        P::Teaspoon => Some("tsp".to_owned()),
        P::Tablespoon => Some("tbsp".to_owned()),
        P::Cup => Some("cup".to_owned()),
        P::Quart => Some("qt".to_owned()),
        P::FluidOunce => Some("fl_oz".to_owned()),
        P::Ounce => Some("oz".to_owned()),
        P::Pound => Some("lb".to_owned()),
        P::Other(s) if s == "whole" || s.is_empty() => None,
        P::Other(s) => {
            let s = s.trim_end_matches('s');
            Some(s.parse::<Unit>().map(|u| u.code().to_owned()).unwrap_or_else(|_| s.to_owned()))
        }
        other => Some(format!("{other:?}")),
    };
    (Some(value), unit)
}

fn accuracy(f: impl Fn(&str) -> (Option<f64>, Option<String>)) -> usize {
    LINES
        .iter()
        .filter(|(line, q, u)| {
            let (gq, gu) = f(line);
            gq.is_some_and(|g| (g - q).abs() < 1e-9) && gu.as_deref() == *u
        })
        .count()
}

/// Runs `f` over `inputs` repeatedly for about `budget` and returns calls per second.
fn rate<T>(inputs: &[T], budget: Duration, mut f: impl FnMut(&T)) -> f64 {
    for x in inputs {
        f(x);
    }
    let start = Instant::now();
    let mut calls = 0u64;
    while start.elapsed() < budget {
        for x in inputs {
            f(x);
        }
        calls += inputs.len() as u64;
    }
    calls as f64 / start.elapsed().as_secs_f64()
}

fn main() {
    let vocab = vocabulary();
    assert_eq!(vocab.items().len(), 500);
    let budget = Duration::from_secs(2);

    let mix = rate(MESSAGES, budget, |(lang, m)| {
        black_box(parse_with(black_box(m), *lang, &vocab));
    });
    println!(
        "restock parse_with, household mix ({} messages, 500-item vocabulary): {:>10.0} msgs/s",
        MESSAGES.len(),
        mix
    );

    let prefixed: Vec<String> = LINES.iter().map(|(l, _, _)| format!("used {l}")).collect();
    let ours_rate = rate(&prefixed, budget, |l| {
        black_box(parse_with(black_box(l), Lang::En, &vocab));
    });
    let peer_rate = rate(LINES, budget, |(l, _, _)| {
        black_box(ingredient::from_str(black_box(l)));
    });
    let (ours_ok, peer_ok, n) = (accuracy(ours), accuracy(peer), LINES.len());
    println!("ingredient-style lines ({n}), quantity and unit exactly right:");
    println!(
        "  restock   {ours_ok:>2}/{n} ({:>5.1}%)  {ours_rate:>10.0} lines/s",
        100.0 * ours_ok as f64 / n as f64
    );
    println!(
        "  ingredient {peer_ok:>2}/{n} ({:>5.1}%)  {peer_rate:>10.0} lines/s",
        100.0 * peer_ok as f64 / n as f64
    );
    println!("  speed ratio restock/ingredient: {:.1}x", ours_rate / peer_rate);
    for (line, q, u) in LINES {
        let (a, b) = (ours(line), peer(line));
        let want = (Some(*q), u.map(str::to_owned));
        if a != want || b != want {
            println!("  {line:<28} want {want:?}  restock {a:?}  ingredient {b:?}");
        }
    }
}
