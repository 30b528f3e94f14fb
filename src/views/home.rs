//! The home view: what the tool is and who it is for, every module with its progress and
//! result, and the first step, so a first-time reader can start at once.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::checklist::ChecklistSection;
use crate::components::result::migration::readiness_verdict;
use crate::components::result::precondition::diagnosis_verdict;
use crate::components::roles::{RoleChooser, proposal_label};
use crate::domain::content::{self, Scale};
use crate::domain::plan::{PlanEntry, action_plan};
use crate::domain::roles::{is_tools_proposal, proposal};
use crate::domain::scoring;
use crate::domain::summary::Frozen;
use crate::i18n::map::map_text;
use crate::i18n::results::results_text;
use crate::i18n::ui;
use crate::state::AppState;
use crate::views::module::result_view;

pub fn home_view(state: &AppState) -> Html {
    let t = ui(state.language());
    html! {
        <>
            <section class="intro">
                <p>{ t.who_it_is_for }</p>
                <p class="privacy">{ t.privacy }</p>
            </section>
            <RoleChooser />
            { overview(state) }
            <p class="overview__results">
                <RouteLink to={Route::Results} class="button button--primary">{ crate::i18n::results::results_text(state.language()).heading }</RouteLink>
                <RouteLink to={Route::Data} class="button">{ crate::i18n::data::data_text(state.language()).heading }</RouteLink>
            </p>
            <ChecklistSection checklist_id={content::PRECONDITIONS} step={1}>
                { result_view(content::PRECONDITIONS, state) }
            </ChecklistSection>
        </>
    }
}

/// What a module's card says: its progress, score and verdict.
struct Card {
    progress: String,
    score: Option<String>,
    verdict: Option<String>,
}

fn checklist_card(state: &AppState, module: &'static str) -> Card {
    let t = ui(state.language());
    let checklist = state.checklist(module);
    let progress = state.progress(module);
    let score = match checklist.scale {
        Scale::YesNo if progress.answered > 0 => {
            let tally = state.tally(module);
            Some((t.yes_count)(tally.yes, tally.total))
        }
        Scale::Coverage if progress.answered > 0 => Some(coverage_score(state, checklist)),
        Scale::Contract if progress.answered > 0 => Some((map_text(state.language())
            .contract_summary)(
            &scoring::ContractTally::of(checklist, state.document.answers()),
        )),
        _ => None,
    };
    let verdict = match module {
        content::PRECONDITIONS => diagnosis_verdict(t, state.preconditions().diagnosis)
            .map(|verdict| verdict.title.to_owned()),
        content::MIGRATION => readiness_verdict(t, state.migration().readiness)
            .map(|verdict| verdict.title.to_owned()),
        // Measures, lifecycle and contract: how many of their gaps the action plan holds.
        _ if progress.answered > 0 => {
            let r = results_text(state.language());
            let gaps = action_plan(state.catalog, Frozen::active(&state.document))
                .iter()
                .filter(|entry| matches!(entry, PlanEntry::Item(gap) if gap.checklist.id == module))
                .count();
            Some(if gaps > 0 {
                (r.card_gaps)(gaps)
            } else {
                r.card_no_gaps.to_owned()
            })
        }
        _ => None,
    };
    Card {
        progress: if progress.answered == 0 {
            t.not_started.to_owned()
        } else {
            (t.progress)(progress.answered, progress.total)
        },
        score,
        verdict,
    }
}

/// The responsibility map's card: the model with its covered cells, the setting types'
/// coverage, and the number of gaps.
fn map_card(state: &AppState) -> Card {
    let lang = state.language();
    let t = map_text(lang);
    let Some(map) = state.responsibility() else {
        return Card {
            progress: ui(lang).not_started.to_owned(),
            score: None,
            verdict: None,
        };
    };
    let score = state.setting_types().percent().map(t.overview_set);
    Card {
        progress: (t.overview_cells)(
            map.selection.model.name.get(lang),
            map.covered,
            map.user_cells,
        ),
        score,
        verdict: Some(if map.gaps.is_empty() {
            t.no_gaps.to_owned()
        } else {
            (t.gap_count)(map.gaps.len())
        }),
    }
}

/// The stage roadmap's card: the current stage and where it comes from.
fn stage_card(state: &AppState) -> Card {
    let lang = state.language();
    let t = crate::i18n::stage::stage_text(lang);
    let current = state.current_stage();
    let progress = match current {
        crate::domain::stage::CurrentStage::Placed(stage) => (t.placed)(
            &crate::components::result::stage_practice::stage_name(stage, lang),
        ),
        crate::domain::stage::CurrentStage::Diagnosed(stage) => (t.diagnosed)(
            &crate::components::result::stage_practice::stage_name(stage, lang),
        ),
        crate::domain::stage::CurrentStage::Unknown => ui(lang).not_started.to_owned(),
    };
    Card {
        progress,
        score: None,
        verdict: None,
    }
}

/// Every module as a card: its step, title, progress, score and verdict, linking to its view.
fn overview(state: &AppState) -> Html {
    let lang = state.language();
    let t = ui(lang);
    let role = state
        .document
        .role()
        .and_then(|id| state.catalog.roles.role(id));
    html! {
        <nav class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{ t.overview_heading }</h2>
            <ol class="overview__list">
                { for state.catalog.modules.iter().enumerate().map(|(index, module)| {
                    let card = if *module == content::RESPONSIBILITY {
                        map_card(state)
                    } else if *module == content::STAGES {
                        stage_card(state)
                    } else {
                        checklist_card(state, module)
                    };
                    let title = state.catalog.module_title(module).map(|title| title.get(lang));
                    let tools = is_tools_proposal(&state.catalog.roles, module);
                    html! {
                        <li key={*module} class="overview__card" data-module={*module}>
                            <p class="overview__step">{ (t.step)(index + 1) }</p>
                            <p class="overview__title">
                                <RouteLink to={Route::Module(module)}>{ title }</RouteLink>
                            </p>
                            <p class="overview__progress" data-testid={format!("{module}-overview-progress")}>
                                { card.progress }
                            </p>

                            if let Some(proposal) = role.and_then(|role| proposal(&state.catalog.roles, role, module)) {
                                <p class={classes!("overview__proposal", format!("overview__proposal--{}", proposal.token()),
                                        tools.then_some("overview__proposal--tools"))}
                                    data-testid={format!("{module}-overview-proposal")} data-proposal={proposal.token()}
                                    data-origin={if tools { "tool" } else { "table" }}>
                                    { proposal_label(proposal, tools, lang) }
                                </p>
                            }
                            if let Some(verdict) = card.verdict {
                                <p class="overview__verdict" data-testid={format!("{module}-overview-verdict")}>
                                    { verdict }
                                </p>
                            }
                            if let Some(score) = card.score {
                                <p class="overview__score">{ score }</p>
                            }
                        </li>
                    }
                }) }
            </ol>
            { crate::components::passage::coverage_rule(lang) }
        </nav>
    }
}

/// 「基本 80%・推奨 50%」, or one figure for a checklist without 推奨 items.
fn coverage_score(state: &AppState, checklist: &'static content::Checklist) -> String {
    let lang = state.language();
    let m = map_text(lang);
    let answers = state.document.answers();
    let has_tiers = checklist
        .items
        .iter()
        .any(|item| item.tier == Some(content::Tier::Recommended));
    if has_tiers {
        let tiered = scoring::score_coverage(checklist, answers);
        let separator = if lang == crate::domain::text::Lang::Ja {
            "・"
        } else {
            "; "
        };
        format!(
            "{}{separator}{}",
            (m.tier_score)(m.tier_basic, tiered.basic.percent()),
            (m.tier_score)(m.tier_recommended, tiered.recommended.percent())
        )
    } else {
        (m.set_coverage)(scoring::Coverage::of(checklist.items, answers).percent())
    }
}
