//! When a schedule is due, in a household's own time zone. chrono-tz gives each local time
//! its own offset, so 18:00 stays 18:00 across daylight-saving changes.

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};
use chrono_tz::Tz;

/// How often something recurs, at a local hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cadence {
    Daily {
        hour: u32,
    },
    /// `weekday` 0 = Sunday … 6 = Saturday.
    Weekly {
        weekday: u32,
        hour: u32,
    },
    /// On `day` of the month (the last day in shorter months).
    Monthly {
        day: u32,
        hour: u32,
    },
}

/// One occurrence: its period key (the local date, or `YYYY-MM` for monthly) and instant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occurrence {
    pub period: String,
    pub at_ms: i64,
}

/// The instant a local date and hour name. In a spring-forward gap the first valid instant
/// after it; in a fall-back overlap the earlier one.
pub fn local_instant(tz: Tz, date: NaiveDate, hour: u32) -> DateTime<Tz> {
    let mut naive =
        NaiveDateTime::new(date, NaiveTime::from_hms_opt(hour.min(23), 0, 0).expect("valid hour"));
    loop {
        match tz.from_local_datetime(&naive) {
            LocalResult::Single(t) => return t,
            LocalResult::Ambiguous(a, _) => return a,
            LocalResult::None => naive += chrono::Duration::minutes(15),
        }
    }
}

fn last_day_of_month(year: i32, month: u32) -> u32 {
    let (y, m) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|d| d.pred_opt()).map_or(28, |d| d.day())
}

fn month_back(year: i32, month: u32) -> (i32, u32) {
    if month == 1 { (year - 1, 12) } else { (year, month - 1) }
}

/// The latest occurrence at or before `now_ms`.
pub fn latest(cadence: Cadence, tz: Tz, now_ms: i64) -> Option<Occurrence> {
    let now = Utc.timestamp_millis_opt(now_ms).single()?.with_timezone(&tz);
    let today = now.date_naive();
    let at_or_before = |date: NaiveDate, hour: u32| {
        let t = local_instant(tz, date, hour);
        (t <= now).then_some(t)
    };
    let (date, t) = match cadence {
        Cadence::Daily { hour } => match at_or_before(today, hour) {
            Some(t) => (today, t),
            None => {
                let d = today.checked_sub_days(Days::new(1))?;
                (d, local_instant(tz, d, hour))
            }
        },
        Cadence::Weekly { weekday, hour } => {
            let back = (today.weekday().num_days_from_sunday() + 7 - weekday % 7) % 7;
            let d = today.checked_sub_days(Days::new(back.into()))?;
            match at_or_before(d, hour) {
                Some(t) => (d, t),
                None => {
                    let d = d.checked_sub_days(Days::new(7))?;
                    (d, local_instant(tz, d, hour))
                }
            }
        }
        Cadence::Monthly { day, hour } => {
            let on = |y: i32, m: u32| {
                NaiveDate::from_ymd_opt(y, m, day.clamp(1, last_day_of_month(y, m)))
            };
            let d = on(today.year(), today.month())?;
            match at_or_before(d, hour) {
                Some(t) => (d, t),
                None => {
                    let (y, m) = month_back(today.year(), today.month());
                    let d = on(y, m)?;
                    (d, local_instant(tz, d, hour))
                }
            }
        }
    };
    let period = match cadence {
        Cadence::Monthly { .. } => date.format("%Y-%m").to_string(),
        _ => date.format("%Y-%m-%d").to_string(),
    };
    Some(Occurrence { period, at_ms: t.timestamp_millis() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ms(tz: Tz, y: i32, m: u32, d: u32, h: u32, min: u32) -> i64 {
        tz.with_ymd_and_hms(y, m, d, h, min, 0).single().unwrap().timestamp_millis()
    }

    #[test]
    fn sunday_six_pm_in_berlin_is_five_pm_utc_in_winter_and_four_pm_in_summer() {
        let tz: Tz = "Europe/Berlin".parse().unwrap();
        let weekly = Cadence::Weekly { weekday: 0, hour: 18 };
        // 2026-03-29 is the Sunday summer time starts.
        let o = latest(weekly, tz, ms(tz, 2026, 3, 29, 18, 0)).unwrap();
        assert_eq!(o.period, "2026-03-29");
        assert_eq!(
            o.at_ms,
            Utc.with_ymd_and_hms(2026, 3, 29, 16, 0, 0).unwrap().timestamp_millis()
        );
        let before = latest(weekly, tz, ms(tz, 2026, 3, 29, 17, 59)).unwrap();
        assert_eq!(before.period, "2026-03-22");
        assert_eq!(
            before.at_ms,
            Utc.with_ymd_and_hms(2026, 3, 22, 17, 0, 0).unwrap().timestamp_millis()
        );
    }

    #[test]
    fn an_hour_that_does_not_exist_moves_to_the_first_valid_instant() {
        let tz: Tz = "America/New_York".parse().unwrap();
        let t = local_instant(tz, NaiveDate::from_ymd_opt(2026, 3, 8).unwrap(), 2);
        assert_eq!(t.naive_local().time(), NaiveTime::from_hms_opt(3, 0, 0).unwrap());
    }

    #[test]
    fn monthly_falls_on_the_last_day_of_a_short_month() {
        let tz: Tz = "UTC".parse().unwrap();
        let o =
            latest(Cadence::Monthly { day: 31, hour: 9 }, tz, ms(tz, 2026, 2, 28, 10, 0)).unwrap();
        assert_eq!(o.period, "2026-02");
        let o =
            latest(Cadence::Monthly { day: 31, hour: 9 }, tz, ms(tz, 2026, 2, 28, 8, 0)).unwrap();
        assert_eq!(o.period, "2026-01");
    }
}
