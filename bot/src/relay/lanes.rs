//! A claimed batch as lanes. A claim hands a household's rows over as a run in id order
//! ([`outbox::claim_runs`]); the relay handles a lane's rows one after another and different
//! lanes concurrently, so one chat's messages keep their order and are never handled at once.
//!
//! A lane stops at its first failure: the rows behind it are given back untried, so none
//! overtakes the failed row while it backs off. It also stops starting rows at shutdown, and
//! when one started now might still run as the lease ends (another worker would then take the
//! lane); those rows are given back too.
//!
//! [`outbox::claim_runs`]: restock_storage::outbox::claim_runs

use std::collections::HashMap;
use std::sync::Mutex;

use restock_storage::outbox::Claimed;
use tokio::sync::watch;
use tokio::time::Instant;

use super::HandleError;

/// What became of one claimed row: handled (well or not), or `None` when it was not tried.
pub(crate) type Outcome = Option<Result<(), HandleError>>;

/// Indices into `rows` (sorted by id), one lane per household in id order; each row of no
/// household is a lane of its own.
pub(crate) fn lanes(rows: &[Claimed]) -> Vec<Vec<usize>> {
    let mut lanes: Vec<Vec<usize>> = Vec::new();
    let mut of_household: HashMap<i64, usize> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let lane = match row.household_id {
            Some(h) => *of_household.entry(h).or_insert_with(|| {
                lanes.push(Vec::new());
                lanes.len() - 1
            }),
            None => {
                lanes.push(Vec::new());
                lanes.len() - 1
            }
        };
        lanes[lane].push(i);
    }
    lanes
}

/// When a lane stops starting rows.
#[derive(Clone, Copy)]
pub(crate) struct Stop<'a> {
    /// Past this, a row started might not be settled before the lease runs out
    /// ([`super::RelayOptions::start_window`]).
    pub last_start: Instant,
    pub shutdown: Option<&'a watch::Receiver<bool>>,
}

impl Stop<'_> {
    pub fn now(&self) -> bool {
        Instant::now() >= self.last_start || self.shutdown.is_some_and(|s| *s.borrow())
    }
}

/// Handle a lane's rows in order with `handle`, up to the first failure or `stop`, recording
/// each outcome as it comes (so that what finished is known even if the lane is abandoned).
pub(crate) async fn run<F, Fut>(
    lane: &[usize],
    stop: Stop<'_>,
    handle: F,
    outcomes: &Mutex<Vec<Outcome>>,
) where
    F: Fn(usize) -> Fut,
    Fut: Future<Output = Result<(), HandleError>>,
{
    for &i in lane {
        if stop.now() {
            return;
        }
        let result = handle(i).await;
        let failed = result.is_err();
        outcomes.lock().expect("not poisoned")[i] = Some(result);
        if failed {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn row(id: i64, household: Option<i64>) -> Claimed {
        Claimed {
            id,
            topic: "T".into(),
            household_id: household,
            event_id: None,
            payload: "{}".into(),
            attempts: 1,
            created_at: 0,
        }
    }

    #[test]
    fn rows_of_a_household_share_a_lane_in_id_order_and_rows_of_none_go_alone() {
        let rows = [row(1, Some(7)), row(2, None), row(3, Some(8)), row(4, Some(7)), row(5, None)];
        assert_eq!(lanes(&rows), vec![vec![0, 3], vec![1], vec![2], vec![4]]);
    }

    fn untried(n: usize) -> Mutex<Vec<Outcome>> {
        Mutex::new((0..n).map(|_| None).collect())
    }

    fn later() -> Instant {
        Instant::now() + Duration::from_secs(60)
    }

    #[tokio::test]
    async fn a_lane_stops_at_its_first_failure() {
        let out = untried(4);
        let stop = Stop { last_start: later(), shutdown: None };
        let handle = |i| async move {
            if i == 1 { Err(HandleError::Transient("down".into())) } else { Ok(()) }
        };
        run(&[0, 1, 2], stop, handle, &out).await;
        let got: Vec<Option<bool>> =
            out.into_inner().unwrap().iter().map(|o| o.as_ref().map(Result::is_ok)).collect();
        assert_eq!(got, vec![Some(true), Some(false), None, None]);
    }

    #[tokio::test]
    async fn a_lane_starts_nothing_after_shutdown_or_past_its_last_start() {
        let (_tx, rx) = watch::channel(true);
        let out = untried(2);
        run(&[0, 1], Stop { last_start: later(), shutdown: Some(&rx) }, |_| async { Ok(()) }, &out)
            .await;
        run(
            &[0, 1],
            Stop { last_start: Instant::now(), shutdown: None },
            |_| async { Ok(()) },
            &out,
        )
        .await;
        assert!(out.into_inner().unwrap().iter().all(Option::is_none));
    }
}
