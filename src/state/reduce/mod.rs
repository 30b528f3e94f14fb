//! The reducer: each action goes to the small handler of its group. A handler changes the next
//! state and says whether the action applied; one that does not (an unknown id, a stale edit)
//! leaves the state as it was.

mod assessments;
mod map;
mod responses;
mod storage;

use std::rc::Rc;

use yew::prelude::*;

use super::{Action, AppState};

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let edit = action.edit(&self);
        let mut next = (*self).clone();
        let applied = match action {
            Action::Loaded {
                document,
                language,
                outcome,
            } => {
                // Storage is read right after hydration, in the same task, so nothing can have
                // been answered in between; clicks made on the pre-rendered page are replayed
                // as answers after this.
                let mut loaded = AppState::loaded(self.catalog, document, language, outcome);
                loaded.revision = self.revision.wrapping_add(1);
                return Rc::new(loaded);
            }
            Action::SetLanguage(lang) => {
                next.language = lang;
                true
            }
            Action::Answer { item_id, answer } => responses::answer(&mut next, &item_id, answer),
            Action::Note { item_id, note } => responses::note(&mut next, &item_id, &note),
            Action::Value { item_id, value } => responses::value(&mut next, &item_id, &value),
            Action::FollowUp { key, edit } => responses::follow_up(&mut next, &key, edit),
            Action::PlaceStage(placement) => responses::place_stage(&mut next, placement),
            Action::SetRole(role) => responses::set_role(&mut next, role),
            Action::SelectMap {
                model,
                pattern,
                virtual_network,
            } => map::select(&mut next, model, pattern, virtual_network),
            Action::EditCell { cell_id, edit } => map::edit_cell(&mut next, &cell_id, edit),
            Action::CreateAssessment { name, now, entropy } => {
                assessments::create(&mut next, &name, &now, entropy)
            }
            Action::DuplicateAssessment {
                source,
                name,
                now,
                entropy,
            } => assessments::duplicate(&mut next, &source, &name, &now, entropy),
            Action::RenameAssessment { id, name } => next.document.rename(&id, &name),
            Action::DeleteAssessment(id) => next.document.delete(&id),
            Action::SwitchAssessment(id) => next.document.switch(&id),
            Action::SetOrganization(organization) => {
                next.document.set_organization(&organization);
                true
            }
            Action::TakeSnapshot {
                label,
                now,
                entropy,
            } => assessments::take_snapshot(&mut next, &label, &now, entropy),
            Action::DeleteSnapshot(id) => next.document.delete_snapshot(&id),
            Action::Import {
                incoming,
                mode,
                entropy,
            } => assessments::import(&mut next, &incoming, mode, entropy),
            Action::Persisted {
                written_from,
                result,
            } => storage::persisted(&mut next, &written_from, result),
            Action::Adopt(theirs) => storage::adopt(&mut next, theirs),
            Action::Cleared(fresh) => storage::cleared(&mut next, fresh),
            Action::DismissNotice(notice) => {
                next.notices.retain(|shown| shown != &notice);
                true
            }
        };
        if !applied {
            return self;
        }
        if next.document != self.document {
            next.revision = self.revision.wrapping_add(1);
            next.last_edit = edit;
            next.renew_figures();
        }
        Rc::new(next)
    }
}
