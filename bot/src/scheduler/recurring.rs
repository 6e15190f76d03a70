//! A recurring purchase ("12 eggs every Saturday at 9"): what a `recurring_purchase`
//! schedule row's spec holds.

use restock_core::household::HouseholdId;
use restock_core::unit::Unit;
use restock_storage::schedules::{self, RECURRING_PURCHASE};
use restock_storage::{Result, Tx};
use serde::{Deserialize, Serialize};

use super::calendar::Cadence;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "every", rename_all = "snake_case")]
pub enum Every {
    Day {
        hour: u32,
    },
    /// `weekday` 0 = Sunday.
    Week {
        weekday: u32,
        hour: u32,
    },
    Month {
        day: u32,
        hour: u32,
    },
}

impl From<Every> for Cadence {
    fn from(e: Every) -> Cadence {
        match e {
            Every::Day { hour } => Cadence::Daily { hour },
            Every::Week { weekday, hour } => Cadence::Weekly { weekday, hour },
            Every::Month { day, hour } => Cadence::Monthly { day, hour },
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecurringPurchase {
    pub item_id: i64,
    pub item: String,
    pub quantity: Option<f64>,
    pub unit: Option<Unit>,
    #[serde(flatten)]
    pub every: Every,
}

impl RecurringPurchase {
    /// Save it as a schedule of the household; returns the schedule id.
    pub async fn create(&self, tx: &mut Tx, household: HouseholdId, now: i64) -> Result<i64> {
        let spec = serde_json::to_string(self).expect("specs serialise");
        schedules::create(tx, household, RECURRING_PURCHASE, &spec, now).await
    }

    pub fn parse(spec: &str) -> Option<RecurringPurchase> {
        serde_json::from_str(spec).ok()
    }
}
