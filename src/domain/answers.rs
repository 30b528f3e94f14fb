//! What the user answered. Answers are keyed by item id, so one map serves every module.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::content::Scale;

/// One answer to one checklist item. Which answers an item accepts depends on its [`Scale`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// はい
    Yes,
    /// いいえ
    No,
    /// 実施済み
    Done,
    /// 一部実施
    Partly,
    /// 未実施
    NotDone,
    /// 該当なし: leaves the denominator of coverage.
    NotApplicable,
    /// 定めあり: the contract or SLA sets it (the value goes in the response's `value`).
    Defined,
    /// 定めなし: the contract leaves it open.
    NotDefined,
}

impl Answer {
    /// Every answer, in declaration order.
    pub const ALL: [Answer; 8] = [
        Answer::Yes,
        Answer::No,
        Answer::Done,
        Answer::Partly,
        Answer::NotDone,
        Answer::NotApplicable,
        Answer::Defined,
        Answer::NotDefined,
    ];

    /// The answers offered for a scale, in the order the form shows them.
    pub fn choices(scale: Scale) -> &'static [Answer] {
        match scale {
            Scale::YesNo => &[Answer::Yes, Answer::No],
            Scale::Coverage => &[
                Answer::Done,
                Answer::Partly,
                Answer::NotDone,
                Answer::NotApplicable,
            ],
            Scale::Contract => &[Answer::Defined, Answer::NotDefined, Answer::NotApplicable],
        }
    }

    pub fn fits(self, scale: Scale) -> bool {
        Answer::choices(scale).contains(&self)
    }

    /// The answer a token names: the inverse of [`Answer::token`].
    pub fn from_token(token: &str) -> Option<Answer> {
        Answer::ALL
            .into_iter()
            .find(|answer| answer.token() == token)
    }

    /// A stable token, used in form values and in test ids.
    pub fn token(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Done => "done",
            Answer::Partly => "partly",
            Answer::NotDone => "not_done",
            Answer::NotApplicable => "not_applicable",
            Answer::Defined => "defined",
            Answer::NotDefined => "not_defined",
        }
    }
}

/// What the user recorded for one item. Only `answer` is scored; the rest is what the later
/// modules need: a note per item, the value an SLA defines, and an owner and due date per gap.
/// Free text is stored as given and always rendered as text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<Answer>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub value: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
}

/// Notes (the reason for N/A, or any note on an item) are capped at this many characters.
pub const MAX_NOTE_CHARS: usize = 500;
/// The value a contract defines (e.g. 「99.9%以上」) is capped at this many characters.
pub const MAX_VALUE_CHARS: usize = 200;
/// Who owns a gap (a person, a team or a contractor) is capped at this many characters.
pub const MAX_OWNER_CHARS: usize = 100;

/// Whether `due` is a due date the app keeps: empty (none), or a calendar date written
/// `YYYY-MM-DD`, as `<input type="date">` gives it. Anything else is refused rather than stored,
/// so the report never prints a date nobody can read.
pub fn valid_due(due: &str) -> bool {
    if due.is_empty() {
        return true;
    }
    let bytes = due.as_bytes();
    let shape = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(index, byte)| index == 4 || index == 7 || byte.is_ascii_digit());
    if !shape {
        return false;
    }
    let number = |range: std::ops::Range<usize>| due[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    };
    year >= 1 && (1..=days).contains(&day)
}

/// What the user plans to do about a gap that is not a checklist item (a gap of the
/// responsibility map): a note, an owner and a due date, as an item's response holds them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
}

impl FollowUp {
    pub fn is_empty(&self) -> bool {
        self == &FollowUp::default()
    }
}

/// One change to the follow-up of a gap: to an item's response or to a [`FollowUp`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FollowUpEdit {
    Note(String),
    Owner(String),
    /// A due date; one [`valid_due`] refuses leaves the stored date as it was.
    Due(String),
}

impl FollowUpEdit {
    /// Applies the edit to the three fields, capped as everywhere; `false` if refused.
    fn apply(self, note: &mut String, owner: &mut String, due: &mut String) -> bool {
        match self {
            FollowUpEdit::Note(text) => *note = text.chars().take(MAX_NOTE_CHARS).collect(),
            FollowUpEdit::Owner(text) => *owner = text.chars().take(MAX_OWNER_CHARS).collect(),
            FollowUpEdit::Due(text) => {
                if !valid_due(&text) {
                    return false;
                }
                *due = text;
            }
        }
        true
    }
}

impl FollowUp {
    /// Applies one edit; `false` (and nothing changed) for a due date that is not a date.
    pub fn edit(&mut self, edit: FollowUpEdit) -> bool {
        edit.apply(&mut self.note, &mut self.owner, &mut self.due)
    }
}

impl ItemResponse {
    pub fn is_empty(&self) -> bool {
        self == &ItemResponse::default()
    }

    /// Whether the answer is N/A with no reason written: N/A must say why, so until it does it
    /// counts neither as answered nor in the coverage.
    pub fn lacks_reason(&self) -> bool {
        self.answer == Some(Answer::NotApplicable) && self.note.trim().is_empty()
    }

    /// The answer, if it fits the scale and is complete (an N/A with its reason).
    pub fn settled(&self, scale: Scale) -> Option<Answer> {
        self.answer
            .filter(|answer| answer.fits(scale))
            .filter(|_| !self.lacks_reason())
    }
}

/// All responses of one assessment, by item id (`pre-1.1`, `mig-4.9`, …). Responses to items
/// this version does not know are kept as they are, so nothing a newer content file wrote is
/// lost; scoring only ever looks up the items of its own checklist.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, ItemResponse>);

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The answer given to an item, if any.
    pub fn get(&self, item_id: &str) -> Option<&Answer> {
        self.0
            .get(item_id)
            .and_then(|response| response.answer.as_ref())
    }

    /// Everything recorded for an item.
    pub fn response(&self, item_id: &str) -> Option<&ItemResponse> {
        self.0.get(item_id)
    }

    /// Sets an item's answer, keeping its note and other fields.
    pub fn insert(&mut self, item_id: impl Into<String>, answer: Answer) {
        self.0.entry(item_id.into()).or_default().answer = Some(answer);
    }

    /// Sets an item's note (e.g. the reason for N/A), capped at [`MAX_NOTE_CHARS`]; a response
    /// left empty is removed.
    pub fn set_note(&mut self, item_id: &str, note: &str) {
        let mut response = self.0.remove(item_id).unwrap_or_default();
        response.note = note.chars().take(MAX_NOTE_CHARS).collect();
        self.set_response(item_id, response);
    }

    /// Sets the value a contract defines for an item, capped at [`MAX_VALUE_CHARS`]; a response
    /// left empty is removed.
    pub fn set_value(&mut self, item_id: &str, value: &str) {
        let mut response = self.0.remove(item_id).unwrap_or_default();
        response.value = value.chars().take(MAX_VALUE_CHARS).collect();
        self.set_response(item_id, response);
    }

    /// Edits an item's note, owner or due date, as the action plan does; `false` (and nothing
    /// changed) for a due date that is not a date. A response left empty is removed.
    pub fn follow_up(&mut self, item_id: &str, edit: FollowUpEdit) -> bool {
        let mut response = self.0.remove(item_id).unwrap_or_default();
        let ItemResponse {
            note, owner, due, ..
        } = &mut response;
        let applied = edit.apply(note, owner, due);
        self.set_response(item_id, response);
        applied
    }

    /// Replaces everything recorded for an item; an empty response removes it.
    pub fn set_response(&mut self, item_id: impl Into<String>, response: ItemResponse) {
        let item_id = item_id.into();
        if response.is_empty() {
            self.0.remove(&item_id);
        } else {
            self.0.insert(item_id, response);
        }
    }

    /// Forgets everything recorded for an item.
    pub fn remove(&mut self, item_id: &str) -> Option<ItemResponse> {
        self.0.remove(item_id)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every item with something recorded, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ItemResponse)> {
        self.0.iter().map(|(id, response)| (id.as_str(), response))
    }
}

/// Builds answers from (item id, answer) pairs, e.g. in tests and importers.
impl<Id: Into<String>> FromIterator<(Id, Answer)> for Answers {
    fn from_iter<I: IntoIterator<Item = (Id, Answer)>>(pairs: I) -> Answers {
        let mut answers = Answers::new();
        for (item_id, answer) in pairs {
            answers.insert(item_id, answer);
        }
        answers
    }
}

impl IntoIterator for Answers {
    type Item = (String, ItemResponse);
    type IntoIter = std::collections::btree_map::IntoIter<String, ItemResponse>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

/// Adds or replaces whole responses, e.g. one assessment's on top of another's.
impl Extend<(String, ItemResponse)> for Answers {
    fn extend<I: IntoIterator<Item = (String, ItemResponse)>>(&mut self, responses: I) {
        for (item_id, response) in responses {
            self.set_response(item_id, response);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_stable_and_read_back() {
        // Tokens are the radios' values and ids: the pre-rendered page and the tests use them.
        let tokens: Vec<&str> = Answer::ALL.iter().map(|answer| answer.token()).collect();
        assert_eq!(
            tokens,
            [
                "yes",
                "no",
                "done",
                "partly",
                "not_done",
                "not_applicable",
                "defined",
                "not_defined"
            ]
        );
        for answer in Answer::ALL {
            assert_eq!(Answer::from_token(answer.token()), Some(answer));
        }
        for unknown in ["", "Yes", "maybe", "not-done"] {
            assert_eq!(Answer::from_token(unknown), None, "{unknown:?}");
        }
    }

    #[test]
    fn a_response_is_empty_only_when_nothing_is_recorded() {
        assert!(ItemResponse::default().is_empty());
        let noted = ItemResponse {
            note: "確認中".into(),
            ..ItemResponse::default()
        };
        assert!(!noted.is_empty());
        let mut answers = Answers::new();
        assert!(answers.is_empty());
        answers.set_response("pre-1.1", noted);
        assert!(!answers.is_empty());
        answers.set_response("pre-1.1", ItemResponse::default());
        assert!(answers.is_empty(), "an empty response removes the item");
    }
}
