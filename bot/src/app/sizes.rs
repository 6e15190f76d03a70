//! Asking instead of guessing, for units: "bought 2 bottles of milk" when milk is kept in
//! litres. The message is held and the question "how much is 1 bottle of milk?" goes back
//! with likely sizes as buttons, plus one that counts the item in bottles from now on. A size
//! once answered is remembered, so the next "2 bottles of milk" just counts.

use restock_core::household::HouseholdId;
use restock_core::parse::{Intent, Parsed, ParsedItem};
use restock_core::size::{self, Size};
use restock_core::stock::{self, Amount, Change, StockError};
use restock_core::unit::Unit;
use restock_storage::Tx;
use restock_storage::actions::Action;
use restock_storage::items::{self, Item};

use super::button_data::{ButtonData, Choice, MAX_PICKS};
use super::clarify::{Held, Lesson, open_question, question_payload};
use super::stock::item_name;
use super::{AppError, Ctx, Outcome};
use crate::i18n::{AskMsg, I18n, Msg, Qty};
use crate::notify::Button;

/// The action kind, as stored.
pub(crate) const SIZE: &str = "size";

/// The held message, the item whose unit does not fit, and the sizes offered.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub(crate) struct SizePayload {
    #[serde(flatten)]
    pub held: Held,
    pub index: usize,
    pub item_id: i64,
    /// The question: one `of` is how much `per`?
    pub of: Option<Unit>,
    pub per: Option<Unit>,
    /// The offered answers, in `per`; the button after them counts in the message's unit.
    pub amounts: Vec<f64>,
}

impl SizePayload {
    fn given(&self) -> &ParsedItem {
        &self.held.parsed.items[self.index]
    }
}

/// An item of the message whose amount cannot count against its stock.
pub(crate) struct Mismatch {
    index: usize,
    item: Item,
    question: Option<Size>,
}

/// What the message asks of one item, as a stock change; `None` for other intents.
pub(crate) fn change_of(intent: Intent, given: &ParsedItem) -> Option<Change> {
    let amount = Amount { value: given.quantity, unit: given.unit };
    match intent {
        Intent::Consume => Some(Change::Consume(amount)),
        Intent::Restock => Some(Change::Restock(amount)),
        _ => None,
    }
}

/// `change` made to fit `item`'s stock unit with the sizes the household taught, if it does
/// not fit by itself.
pub(crate) async fn fit(
    tx: &mut Tx,
    item: &Item,
    base: stock::Level,
    change: Change,
) -> Result<Change, AppError> {
    if !matches!(stock::apply(base, change), Err(StockError::Incompatible(_))) {
        return Ok(change);
    }
    let sizes = items::sizes(tx, item.id).await?;
    Ok(stock::with_sizes(base, change, &sizes))
}

/// The first item whose amount no known size fits to its stock unit.
pub(crate) async fn mismatch(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    parsed: &Parsed,
) -> Result<Option<Mismatch>, AppError> {
    for (index, given) in parsed.items.iter().enumerate() {
        let Some(change) = change_of(parsed.intent, given) else { return Ok(None) };
        let Ok(name) = item_name(&given.name) else { continue };
        let Some(item) = items::find(tx, ctx.id(), &name).await? else { continue };
        if ctx.recount == Some(item.id) {
            continue;
        }
        let fitted = fit(tx, &item, item.stock, change).await?;
        if matches!(stock::apply(item.stock, fitted), Err(StockError::Incompatible(_))) {
            let question = size::question(given.unit, item.stock.unit);
            return Ok(Some(Mismatch { index, item, question }));
        }
    }
    Ok(None)
}

/// Hold `parsed` and ask how big one of the mismatched unit is.
pub(crate) async fn ask(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    i18n: &I18n,
    parsed: &Parsed,
    m: Mismatch,
) -> Result<Outcome, AppError> {
    let given = &parsed.items[m.index];
    let name = m.item.name.clone();
    let (of, per) = m.question.map_or((None, None), |q| (q.of, q.per));
    let amounts = match m.question {
        Some(_) => size::likely_amounts(per, usize::from(MAX_PICKS) - 1),
        None => Vec::new(),
    };
    let payload = SizePayload {
        held: Held::new(parsed, ctx),
        index: m.index,
        item_id: m.item.id,
        of,
        per,
        amounts: amounts.clone(),
    };
    let token = open_question(tx, ctx, SIZE, &payload).await?;
    let button = |n: usize, label: String| Button {
        label,
        data: ButtonData { token: token.clone(), choice: Choice::Pick(n as u8) }.to_string(),
    };
    let mut buttons: Vec<Button> = amounts
        .iter()
        .enumerate()
        .map(|(n, a)| button(n, Qty::new(Some(*a), per, &name).render(i18n, ctx.locale)))
        .collect();
    let switch = AskMsg::SizeSwitch { item: name.clone(), unit: given.unit };
    buttons.push(button(amounts.len(), i18n.text(ctx.locale, &Msg::Ask(switch))));
    let have = Qty::new(m.item.stock.quantity.or(Some(1.0)), m.item.stock.unit, &name);
    let question = match m.question {
        Some(_) => AskMsg::SizeHow { have, of },
        None => AskMsg::SizeNone { have, given: Qty::new(given.quantity, given.unit, &name) },
    };
    let mut rows: Vec<Vec<Button>> = buttons.chunks(3).map(<[Button]>::to_vec).collect();
    // The switch has a long label: a row of its own.
    if let Some(last) = rows.last_mut()
        && last.len() > 1
        && let Some(switch) = last.pop()
    {
        rows.push(vec![switch]);
    }
    Ok(Outcome {
        lines: vec![Msg::Ask(question)],
        // The held message must survive until someone answers.
        changed: true,
        buttons: rows,
    })
}

/// Apply an answer: remember the size, or count the item in the message's unit from now on.
/// `None` if `pick` is not one of the answers or the item is gone.
pub(crate) async fn learn(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    p: &SizePayload,
    pick: u8,
) -> Result<Option<Lesson>, AppError> {
    let Some(item) = items::get(tx, p.item_id).await? else { return Ok(None) };
    let pick = usize::from(pick);
    let by = ctx.user.display_name.clone();
    let (recount, notice, line) = if let Some(amount) = p.amounts.get(pick) {
        let size = Size { of: p.of, amount: *amount, per: p.per };
        items::learn_size(tx, ctx.id(), item.id, &size).await?;
        let line = AskMsg::SizePickedBy { item: item.name.clone(), size, name: by };
        (None, AskMsg::SizePicked { item: item.name.clone(), size }, line)
    } else if pick == p.amounts.len() {
        let unit = p.given().unit;
        let item_name = item.name.clone();
        let line = AskMsg::SizeSwitchedBy { item: item_name.clone(), unit, name: by };
        (Some(item.id), AskMsg::SizeSwitched { item: item_name, unit }, line)
    } else {
        return Ok(None);
    };
    let mut parsed = p.held.parsed.clone();
    // The held message names the item as it was asked about (an alias may have been taught).
    parsed.items[p.index].name = item.name;
    Ok(Some(Lesson { held: p.held.clone(), parsed, recount, notice, line }))
}

/// The held message of a size question, if it is one of ours for this household.
pub(crate) fn payload(action: &Action, household: HouseholdId) -> Option<SizePayload> {
    let p: SizePayload = question_payload(action, household, SIZE)?;
    (p.index < p.held.parsed.items.len()).then_some(p)
}
