//! Invite codes: short, unambiguous when read aloud or typed on a phone.

use std::fmt;
use std::str::FromStr;

/// Letters and digits without the look-alikes 0/O and 1/I.
const ALPHABET: &[u8; 32] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
const LEN: usize = 8;

/// An invite code, normalised: eight characters of [`ALPHABET`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InviteCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an invite code")]
pub struct NotAnInviteCode;

impl InviteCode {
    /// A new random code (40 bits).
    pub fn generate() -> InviteCode {
        let bytes = uuid::Uuid::new_v4().into_bytes();
        let bits = bytes[..5].iter().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
        let code =
            (0..LEN).map(|i| char::from(ALPHABET[((bits >> (5 * i)) & 31) as usize])).collect();
        InviteCode(code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Accepts what people type: lowercase, spaces or dashes in between.
impl FromStr for InviteCode {
    type Err = NotAnInviteCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let code: String = s
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        let valid = code.len() == LEN && code.bytes().all(|b| ALPHABET.contains(&b));
        if valid { Ok(InviteCode(code)) } else { Err(NotAnInviteCode) }
    }
}

impl fmt::Display for InviteCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_code_reads_back() {
        let code = InviteCode::generate();
        assert_eq!(code.as_str().parse::<InviteCode>(), Ok(code.clone()));
    }

    #[test]
    fn typed_codes_are_normalised_and_junk_is_refused() {
        assert_eq!("k7q2-mx9p".parse::<InviteCode>().map(|c| c.to_string()), Ok("K7Q2MX9P".into()));
        assert!("K7Q2MX9".parse::<InviteCode>().is_err());
        assert!("K7Q2MX90".parse::<InviteCode>().is_err());
        assert!("".parse::<InviteCode>().is_err());
    }
}
