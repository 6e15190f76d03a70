//! Consume, restock, deplete and set: the messages that move stock.

use restock_core::event::{DomainEvent, ItemRef};
use restock_core::item::ItemName;
use restock_core::parse::{Intent, ParsedItem};
use restock_core::stock::{self, Amount, Applied, Change, Level, StockError};
use restock_storage::items::{self, Item};
use restock_storage::journal::{self, ChangeKind, NewChange};
use restock_storage::{Tx, events, list as shopping};

use super::{AppError, Ctx, Outcome, sizes};
use crate::i18n::Msg;
use crate::i18n::Qty;

/// Find an item by name, or learn it: a household never has to register items first.
pub(super) async fn find_or_learn(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    name: &ItemName,
) -> Result<Item, AppError> {
    Ok(match items::find(tx, ctx.id(), name).await? {
        Some(item) => item,
        None => items::create(tx, ctx.id(), name, ctx.now).await?,
    })
}

pub(super) fn item_name(raw: &str) -> Result<ItemName, Msg> {
    ItemName::parse(raw).map_err(|e| match e {
        restock_core::item::InvalidItemName::Empty => Msg::NoItem,
        restock_core::item::InvalidItemName::TooLong { max } => Msg::ItemNameInvalid { max },
    })
}

/// Record an event and the member's change it made, for undo.
pub(super) async fn record(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    item_id: i64,
    kind: ChangeKind,
    applied: Option<&Applied>,
    event: &DomainEvent,
) -> Result<(), AppError> {
    let event_id = events::record(tx, ctx.id(), Some(&ctx.actor()), event, ctx.now).await?;
    let unchanged = stock::Level::UNKNOWN;
    journal::record(
        tx,
        &NewChange {
            household: ctx.id(),
            platform: ctx.user.platform,
            user_id: &ctx.user.user_id,
            batch: &ctx.batch,
            event_id,
            item_id,
            kind,
            before: applied.map_or(unchanged, |a| a.before),
            after: applied.map_or(unchanged, |a| a.after),
        },
        ctx.now,
    )
    .await?;
    Ok(())
}

fn refusal(err: StockError, item: &Item, given: &ParsedItem) -> Msg {
    let name = item.name.clone();
    match err {
        StockError::NotPositive => Msg::AmountNotPositive { item: name },
        StockError::Negative => Msg::AmountNegative { item: name },
        StockError::TooLarge => Msg::AmountTooLarge { item: name },
        StockError::Incompatible(_) => Msg::UnitsIncompatible {
            item: name.clone(),
            have: Qty::new(item.stock.quantity.or(Some(1.0)), item.stock.unit, &name),
            given: Qty::new(given.quantity, given.unit, &name),
        },
    }
}

/// Apply one stock-moving message to every item it names. Any refusal refuses the whole
/// message, so a half-applied message never commits.
pub(super) async fn change(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    intent: Intent,
    items: &[ParsedItem],
) -> Result<Outcome, AppError> {
    let mut lines = Vec::new();
    for given in items {
        let name = match item_name(&given.name) {
            Ok(n) => n,
            Err(msg) => return Ok(Outcome::refuse(msg)),
        };
        let item = find_or_learn(tx, ctx, &name).await?;
        let amount = Amount { value: given.quantity, unit: given.unit };
        let change = match intent {
            Intent::Consume => Change::Consume(amount),
            Intent::Restock => Change::Restock(amount),
            Intent::Deplete => Change::Deplete,
            _ if given.quantity.is_none() => {
                return Ok(Outcome::refuse(Msg::StockUnknown { item: item.name }));
            }
            _ => Change::Set(amount),
        };
        // An item being recounted in the message's unit starts from nothing known; undo
        // still goes back to what it was.
        let base = if ctx.recount == Some(item.id) { Level::UNKNOWN } else { item.stock };
        let change = sizes::fit(tx, &item, base, change).await?;
        let applied = match stock::apply(base, change) {
            Ok(a) => Applied { before: item.stock, ..a },
            Err(e) => return Ok(Outcome::refuse(refusal(e, &item, given))),
        };
        items::set_stock(tx, item.id, applied.after, ctx.now).await?;
        let item_ref = ItemRef { id: item.id, name: item.name.clone() };
        let event = event_for(change, &applied, item_ref.clone());
        record(tx, ctx, item.id, ChangeKind::Stock, Some(&applied), &event).await?;
        lines.extend(sentence(change, &applied, &item, given));
        lines.extend(list_follow_up(tx, ctx, change, &item_ref).await?);
    }
    Ok(Outcome::changed(lines, true))
}

fn event_for(change: Change, a: &Applied, item: ItemRef) -> DomainEvent {
    let unit = a.after.unit;
    match change {
        Change::Consume(_) => DomainEvent::ItemConsumed {
            item,
            quantity: a.amount,
            unit,
            stock_after: a.after.quantity,
        },
        Change::Restock(_) => DomainEvent::ItemRestocked {
            item,
            quantity: a.amount,
            unit,
            stock_after: a.after.quantity,
        },
        Change::Deplete => DomainEvent::ItemDepleted { item, previous: a.before.quantity, unit },
        Change::Set(_) => DomainEvent::StockSet {
            item,
            quantity: a.after.quantity,
            unit,
            previous: a.before.quantity,
            undoes: None,
        },
    }
}

/// What to say about one item; running out is said by the list follow-up instead.
fn sentence(change: Change, a: &Applied, item: &Item, given: &ParsedItem) -> Option<Msg> {
    let name = &item.name;
    let total = Qty::new(a.after.quantity, a.after.unit, name);
    let moved = Qty::new(given.quantity, given.unit, name);
    Some(match change {
        Change::Consume(_) if a.clamped => {
            let had = Qty::new(a.before.quantity, a.before.unit, name);
            Msg::ConsumedMoreThanStock { used: moved, had, item: name.clone() }
        }
        Change::Consume(_) if a.after.quantity.is_none() => {
            Msg::ConsumedUnknownStock { used: moved, item: name.clone() }
        }
        Change::Consume(_) => Msg::Consumed { used: moved, left: total },
        Change::Restock(_) if a.after.quantity.is_none() => {
            Msg::RestockedUnknownAmount { item: name.clone() }
        }
        Change::Restock(_) => {
            let bought = Qty::new(a.amount.or(given.quantity), a.after.unit, name);
            Msg::Restocked { bought, total }
        }
        Change::Set(_) => Msg::StockSet { total },
        Change::Deplete => return None,
    })
}

/// Running out puts an item on the shopping list; buying it ticks it off.
async fn list_follow_up(
    tx: &mut Tx,
    ctx: &Ctx<'_>,
    change: Change,
    item: &ItemRef,
) -> Result<Vec<Msg>, AppError> {
    match change {
        Change::Deplete => {
            let added =
                shopping::add(tx, ctx.id(), item.id, None, None, Some(&ctx.actor()), ctx.now)
                    .await?;
            if !added {
                return Ok(vec![Msg::DepletedAlreadyListed { item: item.name.clone() }]);
            }
            let event =
                DomainEvent::ListItemAdded { item: item.clone(), quantity: None, unit: None };
            record(tx, ctx, item.id, ChangeKind::ListAdded, None, &event).await?;
            Ok(vec![Msg::Depleted { item: item.name.clone() }])
        }
        Change::Restock(_) if shopping::remove(tx, ctx.id(), item.id).await? => {
            let event =
                DomainEvent::ListItemRemoved { item: item.clone(), reason: "bought".into() };
            record(tx, ctx, item.id, ChangeKind::ListRemoved, None, &event).await?;
            Ok(vec![Msg::ListBoughtOff { item: item.name.clone() }])
        }
        _ => Ok(Vec::new()),
    }
}
