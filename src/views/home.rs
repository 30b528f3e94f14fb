//! The home view: what the tool is and who it is for, every module with its progress and
//! result, and the first step, so a first-time reader can start at once.

use yew::prelude::*;

use crate::app::navigation::RouteLink;
use crate::app::route::Route;
use crate::components::checklist::ChecklistSection;
use crate::components::path::path_panel;
use crate::components::result::migration::readiness_verdict;
use crate::components::result::precondition::diagnosis_verdict;
use crate::components::roles::proposal_label;
use crate::domain::content;
use crate::domain::plan::PlanEntry;
use crate::domain::responsibility::MapResult;
use crate::domain::roles::{Proposal, is_tools_proposal, proposal};
use crate::domain::scoring::{Coverage, TieredCoverage};
use crate::domain::stage::CurrentStage;
use crate::domain::summary::{ModuleScore, Score};
use crate::hooks::use_app;
use crate::i18n::map::map_text;
use crate::i18n::results::results_text;
use crate::i18n::ui;
use crate::state::AppState;
use crate::views::module::result_view;

#[component]
pub fn HomeView() -> Html {
    crate::rendered!("HomeView");
    let app = use_app();
    let state = app.state();
    let t = ui(state.language());
    html! {
        <>
            <p class="privacy">{ t.privacy }</p>
            { path_panel(state, &app.actions()) }
            <section class="intro">
                <p>{ t.who_it_is_for }</p>
            </section>
            { overview(state) }
            <p class="overview__results">
                <RouteLink to={Route::Results} class="button">{ crate::i18n::results::results_text(state.language()).heading }</RouteLink>
                <RouteLink to={Route::Data} class="button">{ crate::i18n::data::data_text(state.language()).heading }</RouteLink>
            </p>
            <ChecklistSection checklist_id={content::PRECONDITIONS} step={1}>
                { result_view(content::PRECONDITIONS, state) }
            </ChecklistSection>
        </>
    }
}

/// What a module's card says: its progress, score and verdict.
#[derive(Default)]
struct Card {
    progress: String,
    score: Option<String>,
    verdict: Option<String>,
}

/// A module's card, read from its score: the scores and the action plan are computed once for
/// the whole overview, in `domain::summary` and `domain::plan`.
fn card(state: &AppState, score: &ModuleScore, scores: &[ModuleScore], plan: &[PlanEntry]) -> Card {
    match &score.score {
        Score::Stage(current) => stage_card(state, *current),
        Score::Map(map) => {
            let set = scores.iter().find_map(|other| match &other.score {
                Score::SettingTypes(coverage) => Some(coverage),
                _ => None,
            });
            map_card(state, map.as_ref(), set)
        }
        other => checklist_card(state, score.module, other, plan),
    }
}

fn checklist_card(
    state: &AppState,
    module: &'static str,
    score: &Score,
    plan: &[PlanEntry],
) -> Card {
    let lang = state.language();
    let t = ui(lang);
    let m = map_text(lang);
    let progress = state.progress(module);
    let started = progress.answered > 0;
    let figure = match score {
        Score::Measures(tiered) => Some(coverage_score(state, tiered)),
        Score::Lifecycle { total, .. } => Some((m.set_coverage)(total.percent())),
        Score::Contract(tally) => Some((m.contract_summary)(tally)),
        score => score
            .yes_no()
            .map(|tally| (t.yes_count)(tally.yes, tally.total)),
    };
    let verdict = match score {
        Score::Precondition(result) => {
            diagnosis_verdict(t, result.diagnosis).map(|verdict| verdict.title.to_owned())
        }
        Score::Migration(result) => {
            readiness_verdict(t, result.readiness).map(|verdict| verdict.title.to_owned())
        }
        // A yes/no check without a verdict of its own has no gaps in the plan either.
        Score::YesNo(_) => None,
        // Measures, lifecycle and contract: how many of their gaps the action plan holds.
        _ if started => {
            let r = results_text(lang);
            let gaps = plan
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
        progress: if started {
            (t.progress)(progress.answered, progress.total)
        } else {
            t.not_started.to_owned()
        },
        score: figure.filter(|_| started),
        verdict,
    }
}

/// The responsibility map's card: the model with its covered cells, the setting types'
/// coverage, and the number of gaps.
fn map_card(state: &AppState, map: Option<&MapResult>, set: Option<&Coverage>) -> Card {
    let lang = state.language();
    let t = map_text(lang);
    let Some(map) = map else {
        return Card {
            progress: ui(lang).not_started.to_owned(),
            ..Card::default()
        };
    };
    Card {
        progress: (t.overview_cells)(
            map.selection.model.name.get(lang),
            map.covered,
            map.user_cells,
        ),
        score: set.and_then(Coverage::percent).map(t.overview_set),
        verdict: Some(if map.gaps.is_empty() {
            t.no_gaps.to_owned()
        } else {
            (t.gap_count)(map.gaps.len())
        }),
    }
}

/// The stage roadmap's card: the current stage and where it comes from.
fn stage_card(state: &AppState, current: CurrentStage) -> Card {
    let lang = state.language();
    let t = crate::i18n::stage::stage_text(lang);
    let progress = match current {
        CurrentStage::Placed(stage) => (t.placed)(
            &crate::components::result::stage_practice::stage_name(stage, lang),
        ),
        CurrentStage::Diagnosed(stage) => (t.diagnosed)(
            &crate::components::result::stage_practice::stage_name(stage, lang),
        ),
        CurrentStage::Unknown => ui(lang).not_started.to_owned(),
    };
    Card {
        progress,
        ..Card::default()
    }
}

/// Every module as a card: its step, title, progress, score and verdict, linking to its view.
/// The checks on the proposed path come first; the others follow as optional.
fn overview(state: &AppState) -> Html {
    let lang = state.language();
    let t = ui(lang);
    let p = crate::i18n::path::path_text(lang);
    let path = state.path();
    let cards = |modules: &[&'static str]| -> Html {
        html! {
            <ol class="overview__list">
                { for modules.iter().map(|module| overview_card(state, module, path.holds(module))) }
            </ol>
        }
    };
    html! {
        <nav class="overview" aria-labelledby="overview-heading">
            <h2 id="overview-heading">{ t.overview_heading }</h2>
            <h3 class="overview__group">{ p.path_heading }</h3>
            { cards(&path.steps) }
            if !path.optional.is_empty() {
                <h3 class="overview__group">{ p.optional_heading }</h3>
                <p class="hint">{ p.optional_hint }</p>
                <div data-testid="optional-checks">{ cards(&path.optional) }</div>
            }
            { crate::components::passage::coverage_rule(lang) }
        </nav>
    }
}

/// One module's card.
fn overview_card(state: &AppState, module: &&'static str, on_path: bool) -> Html {
    let module = *module;
    let lang = state.language();
    let t = ui(lang);
    let role = state
        .document
        .role()
        .and_then(|id| state.catalog.roles.role(id));
    let figures = state.figures();
    let (scores, plan) = (&figures.scores, &figures.plan);
    let index = state
        .catalog
        .modules
        .iter()
        .position(|id| *id == module)
        .unwrap_or(0);
    let card = scores
        .iter()
        .find(|score| score.module == module)
        .map(|score| card(state, score, scores, plan))
        .unwrap_or_default();
    let title = state
        .catalog
        .module_title(module)
        .map(|title| title.get(lang));
    let tools = is_tools_proposal(&state.catalog.roles, module);
    html! {
        <li key={module} class="overview__card" data-module={module}>
            <p class="overview__step">{ (t.step)(index + 1) }</p>
            <p class="overview__title">
                <RouteLink to={Route::Module(module)}>{ title }</RouteLink>
            </p>
            <p class="overview__progress" data-testid={format!("{module}-overview-progress")}>
                { card.progress }
            </p>

            // This tool's own proposal follows its path: a check it leaves off the path is
            // proposed as needed (the table's marks are shown as the table gives them).
            if let Some(proposal) = role
                .and_then(|role| proposal(&state.catalog.roles, role, module))
                .map(|proposal| match proposal {
                    Proposal::Proposed if tools && !on_path => Proposal::AsNeeded,
                    other => other,
                }) {
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
}

/// 「基本 80%・推奨 50%」, or one figure for a checklist without 推奨 items.
fn coverage_score(state: &AppState, tiered: &TieredCoverage) -> String {
    let lang = state.language();
    let m = map_text(lang);
    // Every 推奨 item counts somewhere in its tier's coverage, answered or not.
    let has_tiers = tiered.recommended != Coverage::default();
    if has_tiers {
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
        (m.set_coverage)(tiered.basic.percent())
    }
}
