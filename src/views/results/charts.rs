//! A chart per module with its data table, and the responsibility map as a plain table.

use super::*;

/// A chart per module someone answered, each followed by its data table, and one line naming
/// the checks nobody answered.
pub(super) fn charts(
    catalog: &'static Catalog,
    scores: &[ModuleScore],
    unanswered: &[&'static str],
    state: &AppState,
    lang: Lang,
    t: &ResultsText,
) -> Html {
    let answers = state.document.answers();
    let ratio = |count: usize, of: usize| (of > 0).then(|| count as f64 / of as f64);
    let percent = |coverage: &Coverage| {
        coverage
            .percent()
            .map_or_else(|| "—".to_owned(), |percent| format!("{percent}%"))
    };
    let coverage_bar = |label: String, coverage: &Coverage| Bar {
        label,
        value: coverage.ratio(),
        display: percent(coverage),
    };
    let count_bar = |label: &str, count: usize, of: usize| Bar {
        label: label.to_owned(),
        value: ratio(count, of),
        display: format!("{count}/{of}"),
    };
    let bars = |module: &str, bars: Vec<Bar>| {
        let title = (t.chart_caption)(&module_name(catalog, module, lang));
        bar_chart(&BarChartProps {
            id: format!("chart-{module}"),
            title,
            bars,
            label_header: t.chart_label.to_owned(),
            value_header: t.chart_value.to_owned(),
        })
    };
    let charts = scores.iter().filter_map(|score| {
        let module = score.module;
        if unanswered.contains(&module) {
            return None;
        }
        let chart = match &score.score {
            Score::Precondition(scoring::PreconditionResult { tally, .. })
            | Score::Migration(scoring::MigrationResult { tally, .. })
            | Score::YesNo(tally) => bars(
                module,
                vec![
                    count_bar(t.chart_yes, tally.yes, tally.total),
                    count_bar(t.chart_no, tally.no, tally.total),
                    count_bar(t.chart_unanswered, tally.unanswered(), tally.total),
                ],
            ),
            Score::Stage(_) => return None,
            Score::Map(map) => {
                let map = map.as_ref()?;
                bars(
                    module,
                    vec![count_bar(
                        &figure_name(catalog, module, Metric::CellsCovered, lang),
                        map.covered,
                        map.user_cells,
                    )],
                )
            }
            Score::SettingTypes(coverage) => bars(
                module,
                vec![coverage_bar(
                    figure_name(catalog, module, Metric::Coverage, lang),
                    coverage,
                )],
            ),
            Score::Measures(tiered) => {
                let checklist = catalog.checklist(module)?;
                let has_causes = checklist.items.iter().any(|item| !item.causes.is_empty());
                if has_causes {
                    let series = [
                        (Tier::Basic, t.chart_basic),
                        (Tier::Recommended, t.chart_recommended),
                    ]
                    .into_iter()
                    .map(|(tier, name)| {
                        let by_cause =
                            scoring::coverage_by_cause_in_tier(checklist, &CAUSES, tier, answers);
                        RadarSeries {
                            name: name.to_owned(),
                            values: by_cause
                                .iter()
                                .map(|(_, coverage)| coverage.ratio())
                                .collect(),
                            display: by_cause
                                .iter()
                                .map(|(_, coverage)| percent(coverage))
                                .collect(),
                        }
                    })
                    .collect();
                    html! {
                        <>
                            { radar_chart(&RadarChartProps {
                                id: format!("chart-{module}"),
                                title: (t.chart_caption)(&module_name(catalog, module, lang)),
                                axes: CAUSES
                                    .iter()
                                    .map(|cause| (map_text(lang).cause_name)(cause).to_owned())
                                    .collect(),
                                series,
                                axis_header: map_text(lang).col_cause.to_owned(),
                            }) }
                            { tools_reading(map_text(lang).causes_reading, "causes-reading", lang) }
                        </>
                    }
                } else {
                    bars(
                        module,
                        vec![
                            coverage_bar(t.chart_basic.to_owned(), &tiered.basic),
                            coverage_bar(t.chart_recommended.to_owned(), &tiered.recommended),
                        ],
                    )
                }
            }
            Score::Lifecycle { parts, .. } => bars(
                module,
                parts
                    .iter()
                    .map(|(part, coverage)| coverage_bar(part.title.get(lang).to_owned(), coverage))
                    .collect(),
            ),
            Score::Contract(tally) => {
                let total = catalog
                    .checklist(module)
                    .map_or(0, |checklist| checklist.items.len());
                bars(
                    module,
                    vec![
                        count_bar(t.chart_defined, tally.defined, total),
                        count_bar(t.chart_open, tally.open.len(), total),
                        count_bar(t.chart_na, tally.not_applicable, total),
                        count_bar(
                            t.chart_unanswered,
                            tally.unanswered + tally.missing_reason,
                            total,
                        ),
                    ],
                )
            }
        };
        Some(html! { <div class="report__chart" data-module={module}>{ chart }</div> })
    });
    let unanswered_names: Vec<String> = unanswered
        .iter()
        .map(|module| module_name(catalog, module, lang))
        .collect();
    html! {
        <section class="report__section report__charts" aria-labelledby="charts-heading">
            <h2 id="charts-heading">{ t.charts_heading }</h2>
            if !unanswered.is_empty() {
                <p data-testid="unanswered-checks">{ (t.unanswered_checks)(&unanswered_names) }</p>
            }
            // Folded on a phone like each check's detail; open on a desktop and always printed.
            <details class="report__detail" open={super::summary::detail_open()} data-testid="charts-detail">
                <summary class="report__detail-summary">{ t.charts_show }</summary>
                { coverage_rule(lang) }
                <div class="report__chart-grid">{ for charts }</div>
            </details>
        </section>
    }
}

/// The responsibility map as a plain table, with its gaps; nothing while no model is chosen
/// (the charts' line of checks nobody answered names the map then).
pub(super) fn map_section(map: Option<&MapResult>, state: &AppState, t: &ResultsText) -> Html {
    let lang = state.language();
    let guide = &state.catalog.responsibility;
    let record = state.document.responsibility();
    let Some(map) = map else {
        return Html::default();
    };
    let named = |name: &str| {
        if name.trim().is_empty() {
            t.unnamed_role.to_owned()
        } else {
            name.to_owned()
        }
    };
    let rows = map.cells.iter().map(|cell| {
        let entry = record.cell(&cell.id()).cloned().unwrap_or_default();
        let (side, setter, manager) = match cell.side {
            Side::User => (t.side_user, named(&entry.setter), named(&entry.manager)),
            Side::Provider => (
                t.side_provider,
                guide.party(cell.setter).get(lang).to_owned(),
                guide.party(cell.manager).get(lang).to_owned(),
            ),
        };
        html! {
            <tr data-cell={cell.id()}>
                <th scope="row">{ cell_name(cell, map.selection, guide, lang) }</th>
                <td>{ side }</td>
                <td>{ setter }</td>
                <td>{ manager }</td>
                <td>{ if entry.confirmed { t.confirmed_yes } else { t.confirmed_no } }</td>
            </tr>
        }
    });
    let selection = format!(
        "{} / {}",
        map.selection.model.name.get(lang),
        map.selection.pattern.name.get(lang)
    );
    html! {
        <section class="report__section report__map" aria-labelledby="map-heading">
            <h2 id="map-heading">{ t.map_heading }</h2>
            <p>{ selection }</p>
            <details class="report__detail" open={super::summary::detail_open()} data-testid="map-detail">
            <summary class="report__detail-summary">{ t.map_show }</summary>
            <div class="table-scroll">
                <table class="summary-table">
                    <caption>{ t.map_caption }</caption>
                    <thead>
                        <tr>
                            <th scope="col">{ t.col_layer }</th>
                            <th scope="col">{ t.col_side }</th>
                            <th scope="col">{ t.col_setter }</th>
                            <th scope="col">{ t.col_manager }</th>
                            <th scope="col">{ t.col_confirmed }</th>
                        </tr>
                    </thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            </details>
            <p>{ (map_text(lang).coverage)(map.covered, map.user_cells) }{ if lang == Lang::Ja { "・" } else { ", " } }{ (map_text(lang).gap_count)(map.gaps.len()) }</p>
        </section>
    }
}
