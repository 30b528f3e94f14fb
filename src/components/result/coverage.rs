//! The result of a measure-style module (answered Done / Partly / Not done / N/A): coverage,
//! 基本 and 推奨 apart where the items have tiers, then by part (e.g. lifecycle phase) and by 4M
//! cause group where the content says so. Each breakdown is a real table.

use yew::prelude::*;

use crate::components::passage::{coverage_rule, source_cite, tools_reading};
use crate::domain::content::{Checklist, SourceRef, Tier};
use crate::domain::scoring::{self, Coverage};
use crate::i18n::map::{MapText, map_text};
use crate::i18n::ui;
use crate::state::AppState;

/// The 4M cause groups (001 II.2.1), in the source's order.
pub const CAUSES: [&str; 4] = ["organization", "rules", "settings", "methods"];

const CAUSES_SOURCE: SourceRef = SourceRef {
    file: "001_3a537b5899cd3262.txt",
    section: crate::domain::text::Localized::new("II.2.1", "II.2.1"),
};

fn breakdown_row(name: String, coverage: &Coverage, t: &MapText) -> Html {
    html! {
        <tr>
            <th scope="row">{ name }</th>
            <td>{ coverage.percent().map_or_else(|| "—".to_owned(), |p| format!("{p}%")) }</td>
            <td>{ (t.set_counts)(coverage) }</td>
        </tr>
    }
}

pub fn coverage_result(checklist: &'static Checklist, state: &AppState) -> Html {
    let lang = state.language();
    let t = map_text(lang);
    let answers = state.document.answers();
    let tiered = scoring::score_coverage(checklist, answers);
    let has_tiers = checklist
        .items
        .iter()
        .any(|item| item.tier == Some(Tier::Recommended));
    let heading_id = format!("{}-result-heading", checklist.id);
    let scores = if has_tiers {
        html! {
            <>
                <p class="result__score" role="status" data-testid={format!("{}-score-basic", checklist.id)}>
                    { (t.tier_score)(t.tier_basic, tiered.basic.percent()) }
                </p>
                <p data-testid={format!("{}-counts-basic", checklist.id)}>{ (t.set_counts)(&tiered.basic) }</p>
                <p class="result__score" data-testid={format!("{}-score-recommended", checklist.id)}>
                    { (t.tier_score)(t.tier_recommended, tiered.recommended.percent()) }
                </p>
                <p data-testid={format!("{}-counts-recommended", checklist.id)}>{ (t.set_counts)(&tiered.recommended) }</p>
            </>
        }
    } else {
        let all = scoring::Coverage::of(checklist.items, answers);
        html! {
            <>
                <p class="result__score" role="status" data-testid={format!("{}-score", checklist.id)}>
                    { (t.set_coverage)(all.percent()) }
                </p>
                <p data-testid={format!("{}-counts", checklist.id)}>{ (t.set_counts)(&all) }</p>
            </>
        }
    };
    let parts = scoring::coverage_by_part(checklist, answers);
    let has_causes = checklist.items.iter().any(|item| !item.causes.is_empty());
    let causes = has_causes.then(|| scoring::coverage_by_cause(checklist, &CAUSES, answers));
    html! {
        <section class="result" aria-labelledby={heading_id.clone()} data-testid={format!("{}-result", checklist.id)}>
            <h3 id={heading_id}>{ ui(lang).result_heading }</h3>
            { scores }
            { coverage_rule(lang) }
            if !parts.is_empty() {
                <div class="table-scroll" tabindex="0" role="region" aria-label={t.parts_heading}>
                    <table class="breakdown" data-testid={format!("{}-parts", checklist.id)}>
                        <caption>{ t.parts_heading }</caption>
                        <thead><tr>
                            <th scope="col">{ t.col_part }</th>
                            <th scope="col">{ t.col_coverage }</th>
                            <th scope="col">{ t.col_counts }</th>
                        </tr></thead>
                        <tbody>
                            { for parts.iter().map(|(part, coverage)| breakdown_row(part.title.get(lang).to_owned(), coverage, t)) }
                        </tbody>
                    </table>
                </div>
            }
            if let Some(causes) = causes {
                <div class="table-scroll" tabindex="0" role="region" aria-label={t.causes_heading}>
                    <table class="breakdown" data-testid={format!("{}-causes", checklist.id)}>
                        <caption>{ t.causes_heading }</caption>
                        <thead><tr>
                            <th scope="col">{ t.col_cause }</th>
                            <th scope="col">{ t.col_coverage }</th>
                            <th scope="col">{ t.col_counts }</th>
                        </tr></thead>
                        <tbody>
                            { for causes.iter().map(|(cause, coverage)| breakdown_row((t.cause_name)(cause).to_owned(), coverage, t)) }
                        </tbody>
                    </table>
                </div>
                { source_cite(&CAUSES_SOURCE, lang) }
                { tools_reading(t.causes_reading, "causes-reading", lang) }
            }
        </section>
    }
}

/// The result of the contract and SLA check: what the contract defines, and every service
/// level it leaves open, in item order.
pub fn contract_result(checklist: &'static Checklist, state: &AppState) -> Html {
    let lang = state.language();
    let t = map_text(lang);
    let tally = scoring::ContractTally::of(checklist, state.document.answers());
    let heading_id = format!("{}-result-heading", checklist.id);
    html! {
        <section class="result" aria-labelledby={heading_id.clone()} data-testid={format!("{}-result", checklist.id)}>
            <h3 id={heading_id}>{ ui(lang).result_heading }</h3>
            <p class="result__score" role="status" data-testid={format!("{}-score", checklist.id)}>
                { (t.contract_summary)(&tally) }
            </p>
            if !tally.open.is_empty() {
                <h4>{ t.contract_open_heading }</h4>
                <ol class="blockers" data-testid={format!("{}-open", checklist.id)}>
                    { for tally.open.iter().map(|item| html! {
                        <li data-item={item.id}>
                            <strong>{ item.question.get(lang) }</strong>
                            if let Some(statement) = &item.statement {
                                { if lang == crate::domain::text::Lang::Ja { "：" } else { ": " } }
                                { statement.get(lang) }
                            }
                            { source_cite(&item.source, lang) }
                        </li>
                    }) }
                </ol>
            }
        </section>
    }
}
