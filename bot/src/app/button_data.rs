//! What a button carries: an opaque action token and which of the action's buttons it is.
//! Nothing in it is trusted; the action's household, kind and state live in storage.

use std::fmt;
use std::str::FromStr;

/// Which button of an action was pressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Confirm,
    Cancel,
    Tick,
}

impl Choice {
    fn code(self) -> &'static str {
        match self {
            Choice::Confirm => "ok",
            Choice::Cancel => "no",
            Choice::Tick => "tick",
        }
    }
}

/// A button's payload, `<token>.<choice>`: at most 37 bytes, within Telegram's 64.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ButtonData {
    pub token: String,
    pub choice: Choice,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not button data of ours")]
pub struct NotButtonData;

impl fmt::Display for ButtonData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.token, self.choice.code())
    }
}

impl FromStr for ButtonData {
    type Err = NotButtonData;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (token, choice) = s.split_once('.').ok_or(NotButtonData)?;
        let hex =
            token.len() == 32 && token.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        if !hex {
            return Err(NotButtonData);
        }
        let choice = [Choice::Confirm, Choice::Cancel, Choice::Tick]
            .into_iter()
            .find(|c| c.code() == choice)
            .ok_or(NotButtonData)?;
        Ok(ButtonData { token: token.to_owned(), choice })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn button_data_round_trips_and_fits_telegram() {
        let data =
            ButtonData { token: "0123456789abcdef0123456789abcdef".into(), choice: Choice::Tick };
        let text = data.to_string();
        assert!(text.len() <= 64);
        assert_eq!(text.parse::<ButtonData>(), Ok(data));
    }

    #[test]
    fn anything_else_is_refused() {
        for junk in [
            "",
            "x.ok",
            "0123456789abcdef0123456789abcdef",
            "0123456789ABCDEF0123456789abcdef.ok",
            "0123456789abcdef0123456789abcdef.yes",
        ] {
            assert!(junk.parse::<ButtonData>().is_err(), "{junk}");
        }
    }
}
