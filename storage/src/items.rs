//! Items, their aliases and their stock.

use restock_core::event::ItemRef;
use restock_core::household::HouseholdId;
use restock_core::item::ItemName;
use restock_core::parse::Vocabulary;
use restock_core::size::Size;
use restock_core::stock::Level;
use restock_core::unit::Unit;

use crate::{Result, StoreError, Tx, on_tx};

/// An item with its current stock.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub id: i64,
    pub name: String,
    pub stock: Level,
}

#[derive(sqlx::FromRow)]
struct ItemRow {
    id: i64,
    name: String,
    quantity: Option<f64>,
    unit: Option<String>,
}

pub(crate) fn unit_from_db(code: Option<String>) -> Result<Option<Unit>> {
    code.map(|c| c.parse::<Unit>().map_err(|e| StoreError::Corrupt(e.to_string()))).transpose()
}

impl TryFrom<ItemRow> for Item {
    type Error = StoreError;
    fn try_from(r: ItemRow) -> Result<Item> {
        Ok(Item {
            id: r.id,
            name: r.name,
            stock: Level { quantity: r.quantity, unit: unit_from_db(r.unit)? },
        })
    }
}

/// Find an item by its canonical name or one of the household's aliases for it.
pub async fn find(tx: &mut Tx, household: HouseholdId, name: &ItemName) -> Result<Option<Item>> {
    const SQL: &str = "SELECT i.id, i.name, s.quantity, s.unit FROM item i \
                       LEFT JOIN stock s ON s.item_id = i.id \
                       WHERE i.household_id = $1 AND (i.name = $2 OR i.id = \
                         (SELECT a.item_id FROM item_alias a WHERE a.household_id = $1 AND a.alias = $2))";
    let row = on_tx!(tx, |c| sqlx::query_as::<_, ItemRow>(SQL)
        .bind(household.0)
        .bind(name.as_str())
        .fetch_optional(c)
        .await?);
    row.map(Item::try_from).transpose()
}

pub async fn get(tx: &mut Tx, item_id: i64) -> Result<Option<Item>> {
    const SQL: &str = "SELECT i.id, i.name, s.quantity, s.unit FROM item i \
                       LEFT JOIN stock s ON s.item_id = i.id WHERE i.id = $1";
    let row =
        on_tx!(tx, |c| sqlx::query_as::<_, ItemRow>(SQL).bind(item_id).fetch_optional(c).await?);
    row.map(Item::try_from).transpose()
}

/// Learn a new item; its stock is unknown until someone says how much there is.
pub async fn create(
    tx: &mut Tx,
    household: HouseholdId,
    name: &ItemName,
    now: i64,
) -> Result<Item> {
    const SQL: &str =
        "INSERT INTO item (household_id, name, created_at) VALUES ($1, $2, $3) RETURNING id";
    let id: i64 = on_tx!(tx, |c| sqlx::query_scalar(SQL)
        .bind(household.0)
        .bind(name.as_str())
        .bind(now)
        .fetch_one(c)
        .await?);
    Ok(Item { id, name: name.as_str().to_owned(), stock: Level::UNKNOWN })
}

pub async fn set_stock(tx: &mut Tx, item_id: i64, level: Level, now: i64) -> Result<()> {
    const SQL: &str = "INSERT INTO stock (item_id, quantity, unit, updated_at) VALUES ($1, $2, $3, $4) \
                       ON CONFLICT (item_id) DO UPDATE SET quantity = excluded.quantity, \
                       unit = excluded.unit, updated_at = excluded.updated_at";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(item_id)
        .bind(level.quantity)
        .bind(level.unit.map(Unit::code))
        .bind(now)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

/// Every item the household knows, with stock, by name.
pub async fn all(tx: &mut Tx, household: HouseholdId) -> Result<Vec<Item>> {
    const SQL: &str = "SELECT i.id, i.name, s.quantity, s.unit FROM item i \
                       LEFT JOIN stock s ON s.item_id = i.id \
                       WHERE i.household_id = $1 ORDER BY i.name";
    let rows =
        on_tx!(tx, |c| sqlx::query_as::<_, ItemRow>(SQL).bind(household.0).fetch_all(c).await?);
    rows.into_iter().map(Item::try_from).collect()
}

/// The items whose stock is known: what a forecast can run on.
pub async fn stocked(
    tx: &mut Tx,
    household: HouseholdId,
) -> Result<Vec<(ItemRef, f64, Option<Unit>)>> {
    Ok(all(tx, household)
        .await?
        .into_iter()
        .filter_map(|i| {
            i.stock.quantity.map(|q| (ItemRef { id: i.id, name: i.name }, q, i.stock.unit))
        })
        .collect())
}

pub async fn add_alias(
    tx: &mut Tx,
    household: HouseholdId,
    alias: &ItemName,
    item_id: i64,
) -> Result<()> {
    const SQL: &str = "INSERT INTO item_alias (household_id, alias, item_id) VALUES ($1, $2, $3) \
                       ON CONFLICT (household_id, alias) DO UPDATE SET item_id = excluded.item_id";
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(household.0)
        .bind(alias.as_str())
        .bind(item_id)
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}

/// The household's item names and aliases, for the parser.
pub async fn vocabulary(tx: &mut Tx, household: HouseholdId) -> Result<Vocabulary> {
    const ITEMS: &str = "SELECT name FROM item WHERE household_id = $1 ORDER BY name";
    const ALIASES: &str = "SELECT a.alias, i.name FROM item_alias a JOIN item i ON i.id = a.item_id \
                           WHERE a.household_id = $1 ORDER BY a.alias";
    let items: Vec<String> =
        on_tx!(tx, |c| sqlx::query_scalar(ITEMS).bind(household.0).fetch_all(&mut *c).await?);
    let aliases: Vec<(String, String)> =
        on_tx!(tx, |c| sqlx::query_as(ALIASES).bind(household.0).fetch_all(&mut *c).await?);
    Ok(Vocabulary::new(items, aliases))
}

#[derive(sqlx::FromRow)]
struct SizeRow {
    unit: String,
    amount: f64,
    per: String,
}

/// A unit as stored in a size row: '' is a single thing or a bare count.
fn size_unit(code: String) -> Result<Option<Unit>> {
    unit_from_db(Some(code).filter(|c| !c.is_empty()))
}

/// The sizes the household taught for this item ("one bottle is 1 l").
pub async fn sizes(tx: &mut Tx, item_id: i64) -> Result<Vec<Size>> {
    const SQL: &str = "SELECT unit, amount, per FROM item_size WHERE item_id = $1 ORDER BY unit";
    let rows = on_tx!(tx, |c| sqlx::query_as::<_, SizeRow>(SQL).bind(item_id).fetch_all(c).await?);
    rows.into_iter()
        .map(|r| Ok(Size { of: size_unit(r.unit)?, amount: r.amount, per: size_unit(r.per)? }))
        .collect()
}

/// Remember a size; a later answer about the same unit replaces it.
pub async fn learn_size(
    tx: &mut Tx,
    household: HouseholdId,
    item_id: i64,
    size: &Size,
) -> Result<()> {
    const SQL: &str = "INSERT INTO item_size (item_id, unit, household_id, amount, per) \
                       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (item_id, unit) \
                       DO UPDATE SET amount = excluded.amount, per = excluded.per";
    let code = |u: Option<Unit>| u.map_or("", Unit::code);
    on_tx!(tx, |c| sqlx::query(SQL)
        .bind(item_id)
        .bind(code(size.of))
        .bind(household.0)
        .bind(size.amount)
        .bind(code(size.per))
        .execute(c)
        .await?
        .rows_affected());
    Ok(())
}
