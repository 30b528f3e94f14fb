//! Charts for the results dashboard, drawn as inline SVG by the app itself (no library, no
//! network), each followed by a data table that says the same thing, for readers and screen
//! readers alike (WCAG 1.1.1, 1.3.1).
//!
//! - [`bar_chart`]: horizontal bars on a 0–100% scale, e.g. one bar per module
//!   or per part of a module.
//! - [`radar_chart`]: one polygon per series over 3 or more axes, e.g. the
//!   four 4M cause groups with 基本 and 推奨 as two series. With fewer than 3 axes it draws
//!   bars instead, with the same table.
//!
//! The caller localizes every text (title, labels, the values as shown, the table's headers)
//! and gives each chart an `id` unique on the page; the charts compute nothing but geometry
//! (in [`crate::components::chart::geometry`]). All text goes in as text, so Yew escapes it.
//!
//! Nothing relies on colour alone: bars carry their value as text, a bar with no data is a
//! dashed outline, and radar series differ in line style (solid, dashed, dotted) and marker
//! (disc, hollow square, diamond) as well as colour. `static/style.css` (`---- charts ----`)
//! prints them in black on white.
//!
//! The plain functions are what the app's other views use (one component type costs its own
//! copy of Yew's lifecycle code in the wasm); the components wrap them for `html!` callers.

pub mod geometry;

use yew::prelude::*;

use self::geometry::{
    BAR_FONT, BAR_GRID, BAR_LABEL_GAP, BAR_LABEL_LINES, BAR_LABEL_MAX_WIDTH, BAR_LINE,
    BAR_TRACK_WIDTH, BAR_TRACK_X, BAR_VIEW_WIDTH, LEGEND_ROW, Point, RADAR_FONT, RADAR_LABEL_LINES,
    RADAR_MIN_AXES, RADAR_RADIUS, RADAR_RINGS, RADAR_VIEW_WIDTH, TICK_FONT, num,
};

/// One bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar stands for, e.g. a module's name. Long labels wrap to two lines and are cut
    /// with `…` beyond that (the whole label shows on hover and in the table).
    pub label: String,
    /// The share to draw, 0.0..=1.0 (clamped); `None` when there is nothing to show yet (e.g.
    /// nothing answered), drawn as a dashed outline of the whole scale.
    pub value: Option<f64>,
    /// The value as the reader should read it, e.g. "75%", "3/8" or "—（未回答）"; shown at the
    /// bar's end and in the table.
    pub display: String,
}

/// A bar chart and its table.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct BarChartProps {
    /// Unique on the page: the ids of the chart's title and table caption derive from it (e.g.
    /// `"msr-u-parts"`).
    pub id: String,
    /// What the chart shows: the SVG's accessible name and the table's caption.
    pub title: String,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
    /// The table's header over the labels (e.g. 「チェック」).
    pub label_header: String,
    /// The table's header over the values (e.g. 「実施率」).
    pub value_header: String,
}

/// One series of a radar chart, e.g. 基本.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    /// The series' name, in the legend and as the table's column header.
    pub name: String,
    /// One share per axis, in the axes' order, 0.0..=1.0 (clamped); `None` is not plotted (the
    /// outline has a gap there, never a point at zero). Missing entries count as `None`.
    pub values: Vec<Option<f64>>,
    /// The values as the reader should read them, one per axis, shown in the table (missing
    /// entries show as "—").
    pub display: Vec<String>,
}

/// A radar chart and its table.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct RadarChartProps {
    /// Unique on the page; see [`BarChartProps::id`].
    pub id: String,
    /// What the chart shows: the SVG's accessible name and the table's caption.
    pub title: String,
    /// The axes, clockwise from the top (e.g. the four 4M cause groups). Long names wrap to
    /// three lines and are cut with `…` beyond that.
    pub axes: Vec<String>,
    /// The series, drawn in order: the first solid with discs, the second dashed with hollow
    /// squares, the third dotted with diamonds, then again. A legend is drawn for two or more.
    pub series: Vec<RadarSeries>,
    /// The table's header over the axis names (e.g. 「要因」); the series' names head the
    /// other columns.
    pub axis_header: String,
}

fn title_id(id: &str) -> String {
    format!("{id}-chart-title")
}

fn caption_id(id: &str) -> String {
    format!("{id}-chart-caption")
}

/// The multi-line text of a label, with the whole label as a tooltip when it had to be cut.
fn label_text(
    class: &'static str,
    label: &str,
    x: f64,
    anchor: &'static str,
    lines: &[String],
    baselines: &[f64],
    truncated: bool,
) -> Html {
    let x = num(x);
    html! {
        <text class={class} x={x.clone()} text-anchor={anchor}>
            if truncated {
                <title>{ label.to_owned() }</title>
            }
            { for lines.iter().zip(baselines).map(|(line, y)| html! {
                <tspan x={x.clone()} y={num(*y)}>{ line.clone() }</tspan>
            }) }
        </text>
    }
}

/// The table that says what the chart says.
fn data_table(id: &str, title: &str, head: Html, rows: Html) -> Html {
    let caption = caption_id(id);
    html! {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby={caption.clone()}>
            <table class="breakdown chart__table" data-testid={format!("{id}-chart-table")}>
                <caption id={caption}>{ title.to_owned() }</caption>
                <thead>{ head }</thead>
                <tbody>{ rows }</tbody>
            </table>
        </div>
    }
}

/// The SVG of a bar chart.
fn bar_svg(id: &str, title: &str, bars: &[Bar]) -> Html {
    let height = geometry::bar_chart_height(bars.len());
    let title_id = title_id(id);
    let grid_bottom = num(height - geometry::BAR_BOTTOM);
    let label_x = BAR_TRACK_X - BAR_LABEL_GAP;
    html! {
        <svg class="chart__svg chart__svg--bars" role="img" aria-labelledby={title_id.clone()}
            viewBox={format!("0 0 {} {}", num(BAR_VIEW_WIDTH), num(height))}
            font-size={num(BAR_FONT)} data-testid={format!("{id}-chart-svg")}>
            <title id={title_id}>{ title.to_owned() }</title>
            <g class="chart__grid">
                { for BAR_GRID.iter().map(|&fraction| {
                    let x = num(geometry::bar_x(fraction));
                    html! {
                        <>
                            <line x1={x.clone()} x2={x.clone()} y1={num(geometry::BAR_TOP - 4.0)}
                                y2={grid_bottom.clone()} stroke="currentColor" />
                            <text class="chart__tick" x={x} y={num(geometry::BAR_TOP - 8.0)}
                                text-anchor="middle" font-size={num(TICK_FONT)}>
                                { format!("{}%", (fraction * 100.0).round() as i64) }
                            </text>
                        </>
                    }
                }) }
            </g>
            { for bars.iter().enumerate().map(|(index, bar)| {
                let geometry = geometry::bar_geometry(index, bar.value);
                let wrapped = geometry::wrap_label(&bar.label, BAR_LABEL_MAX_WIDTH, BAR_FONT, BAR_LABEL_LINES);
                let baselines = geometry::centered_baselines(geometry.center_y, wrapped.lines.len(), BAR_LINE, BAR_FONT);
                let shape = match geometry.width {
                    Some(width) => html! {
                        <rect class="chart__bar" x={num(BAR_TRACK_X)} y={num(geometry.y)}
                            width={num(width)} height={num(geometry.height)} />
                    },
                    None => html! {
                        <rect class="chart__bar chart__bar--none" x={num(BAR_TRACK_X)}
                            y={num(geometry.y)} width={num(BAR_TRACK_WIDTH)}
                            height={num(geometry.height)} fill="none" stroke="currentColor"
                            stroke-dasharray="4 3" />
                    },
                };
                html! {
                    <g class="chart__row">
                        { label_text("chart__label", &bar.label, label_x, "end", &wrapped.lines, &baselines, wrapped.truncated) }
                        { shape }
                        <text class="chart__value" x={num(geometry.value_x)} y={num(geometry.value_y)}>
                            { bar.display.clone() }
                        </text>
                    </g>
                }
            }) }
        </svg>
    }
}

/// A bar chart followed by its table (label and value columns). See [`BarChartProps`].
pub fn bar_chart(props: &BarChartProps) -> Html {
    let head = html! {
        <tr>
            <th scope="col">{ props.label_header.clone() }</th>
            <th scope="col">{ props.value_header.clone() }</th>
        </tr>
    };
    let rows = html! {
        { for props.bars.iter().map(|bar| html! {
            <tr>
                <th scope="row">{ bar.label.clone() }</th>
                <td>{ bar.display.clone() }</td>
            </tr>
        }) }
    };
    html! {
        <div class="chart chart--bars" data-testid={format!("{}-chart", props.id)}>
            { bar_svg(&props.id, &props.title, &props.bars) }
            { data_table(&props.id, &props.title, head, rows) }
        </div>
    }
}

/// The line style of series `index`: `stroke-dasharray`, or `None` for solid.
pub fn series_dash(index: usize) -> Option<&'static str> {
    match index % 3 {
        0 => None,
        1 => Some("6 4"),
        _ => Some("2 3"),
    }
}

/// The marker of series `index` at a point: a disc, a hollow square or a diamond.
fn marker(index: usize, at: Point) -> Html {
    let (x, y) = (at.x, at.y);
    match index % 3 {
        0 => html! {
            <circle class="chart__marker" cx={num(x)} cy={num(y)} r="4" fill="currentColor" />
        },
        1 => html! {
            <rect class="chart__marker chart__marker--hollow" x={num(x - 4.0)} y={num(y - 4.0)}
                width="8" height="8" fill="none" stroke="currentColor" stroke-width="2" />
        },
        _ => html! {
            <polygon class="chart__marker" fill="currentColor" points={geometry::points_attr(&[
                Point { x, y: y - 5.0 },
                Point { x: x + 5.0, y },
                Point { x, y: y + 5.0 },
                Point { x: x - 5.0, y },
            ])} />
        },
    }
}

/// The SVG of a radar chart (3 axes or more).
fn radar_svg(props: &RadarChartProps) -> Html {
    let count = props.axes.len();
    let center = geometry::radar_center();
    let height = geometry::radar_chart_height(props.series.len());
    let title_id = title_id(&props.id);
    let rings = html! {
        <g class="chart__grid">
            { for RADAR_RINGS.iter().map(|&fraction| html! {
                <polygon points={geometry::points_attr(&geometry::radar_ring(center, RADAR_RADIUS, count, fraction))}
                    fill="none" stroke="currentColor" />
            }) }
            { for geometry::radar_ring(center, RADAR_RADIUS, count, 1.0).into_iter().map(|end| html! {
                <line x1={num(center.x)} y1={num(center.y)} x2={num(end.x)} y2={num(end.y)}
                    stroke="currentColor" />
            }) }
            { for RADAR_RINGS.iter().map(|&fraction| html! {
                <text class="chart__tick" x={num(center.x + 4.0)} y={num(center.y - RADAR_RADIUS * fraction + TICK_FONT + 1.0)}
                    font-size={num(TICK_FONT)}>
                    { format!("{}%", (fraction * 100.0).round() as i64) }
                </text>
            }) }
        </g>
    };
    let labels = html! {
        <g class="chart__axes">
            { for props.axes.iter().enumerate().map(|(index, axis)| {
                let spot = geometry::axis_label(center, index, count);
                let wrapped = geometry::wrap_label(axis, spot.max_width, RADAR_FONT, RADAR_LABEL_LINES);
                let baselines = spot.baselines(wrapped.lines.len());
                label_text("chart__label", axis, spot.at.x, spot.anchor.as_str(), &wrapped.lines, &baselines, wrapped.truncated)
            }) }
        </g>
    };
    let series = html! {
        { for props.series.iter().enumerate().map(|(index, series)| {
            let values: Vec<Option<f64>> = (0..count)
                .map(|axis| series.values.get(axis).copied().flatten())
                .collect();
            let points = geometry::radar_points(center, RADAR_RADIUS, &values);
            let path = geometry::radar_path(&points);
            let closed = path.ends_with('Z');
            let line_class = if closed { "chart__line chart__line--closed" } else { "chart__line" };
            html! {
                <g class={format!("chart__series chart__series--{}", index % 3)}>
                    if !path.is_empty() {
                        <path class={line_class} d={path} fill="none" stroke="currentColor"
                            stroke-width="2" stroke-dasharray={series_dash(index)} />
                    }
                    { for points.iter().flatten().map(|&point| marker(index, point)) }
                </g>
            }
        }) }
    };
    let legend = (props.series.len() >= 2).then(|| {
        let top = geometry::radar_legend_top();
        let left = 24.0;
        html! {
            <g class="chart__legend">
                { for props.series.iter().enumerate().map(|(index, series)| {
                    let y = top + index as f64 * LEGEND_ROW;
                    html! {
                        <g class={format!("chart__series chart__series--{}", index % 3)}>
                            <line x1={num(left)} x2={num(left + 32.0)} y1={num(y)} y2={num(y)}
                                stroke="currentColor" stroke-width="2"
                                stroke-dasharray={series_dash(index)} />
                            { marker(index, Point { x: left + 16.0, y }) }
                            <text class="chart__legend-label" x={num(left + 42.0)}
                                y={num(y + RADAR_FONT * 0.35)}>
                                { series.name.clone() }
                            </text>
                        </g>
                    }
                }) }
            </g>
        }
    });
    html! {
        <svg class="chart__svg chart__svg--radar" role="img" aria-labelledby={title_id.clone()}
            viewBox={format!("0 0 {} {}", num(RADAR_VIEW_WIDTH), num(height))}
            font-size={num(RADAR_FONT)} data-testid={format!("{}-chart-svg", props.id)}>
            <title id={title_id}>{ props.title.clone() }</title>
            { rings }
            { labels }
            { series }
            { legend }
        </svg>
    }
}

/// The bars a radar chart of fewer than 3 axes falls back to: one per axis and series, in axis
/// order, named "axis / series" when there is more than one series.
pub fn radar_fallback_bars(props: &RadarChartProps) -> Vec<Bar> {
    let named = props.series.len() > 1;
    props
        .axes
        .iter()
        .enumerate()
        .flat_map(|(axis_index, axis)| {
            props.series.iter().map(move |series| Bar {
                label: if named {
                    format!("{axis} / {}", series.name)
                } else {
                    axis.clone()
                },
                value: series.values.get(axis_index).copied().flatten(),
                display: series
                    .display
                    .get(axis_index)
                    .cloned()
                    .unwrap_or_else(|| "—".to_owned()),
            })
        })
        .collect()
}

/// A radar chart followed by its table (axes as rows, series as columns); with fewer than 3
/// axes, bars with the same table. See [`RadarChartProps`].
pub fn radar_chart(props: &RadarChartProps) -> Html {
    let head = html! {
        <tr>
            <th scope="col">{ props.axis_header.clone() }</th>
            { for props.series.iter().map(|series| html! {
                <th scope="col">{ series.name.clone() }</th>
            }) }
        </tr>
    };
    let rows = html! {
        { for props.axes.iter().enumerate().map(|(index, axis)| html! {
            <tr>
                <th scope="row">{ axis.clone() }</th>
                { for props.series.iter().map(|series| html! {
                    <td>{ series.display.get(index).cloned().unwrap_or_else(|| "—".to_owned()) }</td>
                }) }
            </tr>
        }) }
    };
    let svg = if props.axes.len() >= RADAR_MIN_AXES {
        radar_svg(props)
    } else {
        let bars = radar_fallback_bars(props);
        bar_svg(&props.id, &props.title, &bars)
    };
    html! {
        <div class="chart chart--radar" data-testid={format!("{}-chart", props.id)}>
            { svg }
            { data_table(&props.id, &props.title, head, rows) }
        </div>
    }
}

#[cfg(test)]
mod tests;
