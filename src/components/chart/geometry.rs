//! Geometry of the results charts, free of Yew so it is tested natively: where bars end, where
//! the points of a radar chart fall, where labels go and how they wrap. The components in
//! [`crate::components::chart`] only turn these numbers into SVG.
//!
//! Every length is in SVG user units of the chart's `viewBox`, so a chart scales to any width
//! with its text. SVG's y axis points down.

use std::f64::consts::{PI, TAU};

/// A point in user units.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// The part of a whole a value stands for, ready to plot: clamped to 0..=1. `None` (not
/// answered yet) and NaN are not plotted.
pub fn fraction(value: Option<f64>) -> Option<f64> {
    value
        .filter(|value| !value.is_nan())
        .map(|value| value.clamp(0.0, 1.0))
}

/// A coordinate as an SVG attribute: at most one decimal, `0` rather than `-0`.
pub fn num(value: f64) -> String {
    // In whole tenths, written with integer formatting: the float formatter would add its
    // code to the wasm for this one use.
    let tenths = (value * 10.0).round() as i64;
    let (whole, tenth) = (tenths / 10, (tenths % 10).abs());
    match (tenths < 0, tenth) {
        (_, 0) => whole.to_string(),
        (true, _) => format!("-{}.{tenth}", whole.abs()),
        (false, _) => format!("{whole}.{tenth}"),
    }
}

/// Points as the `points` attribute of a `<polygon>`: `x,y x,y …`.
pub fn points_attr(points: &[Point]) -> String {
    points
        .iter()
        .map(|point| format!("{},{}", num(point.x), num(point.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

// ---- text ----

/// Whether a character is set full width (CJK ideographs, kana, hangul, full-width forms).
pub fn is_wide(c: char) -> bool {
    matches!(
        c as u32,
        0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
    )
}

/// The advance a character is estimated to take, in ems: 1 for full width, 0.6 otherwise (a
/// little wider than the average Latin letter, so estimates err on the long side).
pub fn char_em(c: char) -> f64 {
    if is_wide(c) { 1.0 } else { 0.6 }
}

/// The estimated width of a text at a font size, in user units.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.chars().map(char_em).sum::<f64>() * font_size
}

/// Characters a Japanese line does not start with (closing brackets and punctuation).
fn no_line_start(c: char) -> bool {
    "、。，．）」』】〕〉》！？ー…・：；".contains(c)
}

/// Characters a Japanese line does not end with (opening brackets).
fn no_line_end(c: char) -> bool {
    "（「『【〔〈《".contains(c)
}

/// The pieces a label may be broken between, each with whether a space stood before it: a run
/// of narrow letters is one piece (a word), each full-width character is one, and punctuation
/// sticks to the piece it belongs with.
fn pieces(text: &str) -> Vec<(bool, String)> {
    let mut out: Vec<(bool, String)> = Vec::new();
    let mut space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let joins = match out.last() {
            Some((_, previous)) if !space => previous.chars().last().is_some_and(|last| {
                (!is_wide(c) && !is_wide(last)) || no_line_start(c) || no_line_end(last)
            }),
            _ => false,
        };
        match out.last_mut() {
            Some((_, previous)) if joins => previous.push(c),
            _ => out.push((space, c.to_string())),
        }
        space = false;
    }
    out
}

/// A label broken into lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Wrapped {
    pub lines: Vec<String>,
    /// Some of the text did not fit and was cut, ending in `…`: show the whole in a `<title>`.
    pub truncated: bool,
}

/// Breaks a label into at most `max_lines` lines of at most `max_width` (estimated at
/// `font_size`), between words or between full-width characters, keeping Japanese closing
/// punctuation off the start of a line. What does not fit is cut, and the last line ends in
/// `…`. Runs of white space become one space.
pub fn wrap_label(text: &str, max_width: f64, font_size: f64, max_lines: usize) -> Wrapped {
    let max_lines = max_lines.max(1);
    let fits = |line: &str| text_width(line, font_size) <= max_width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for (space, piece) in pieces(text) {
        let joined = if line.is_empty() {
            piece.clone()
        } else if space {
            format!("{line} {piece}")
        } else {
            format!("{line}{piece}")
        };
        if fits(&joined) {
            line = joined;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        // A piece too long for a line of its own is broken between its characters.
        for c in piece.chars() {
            let longer = format!("{line}{c}");
            if !line.is_empty() && !fits(&longer) {
                lines.push(std::mem::take(&mut line));
                line.push(c);
            } else {
                line = longer;
            }
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() <= max_lines {
        return Wrapped {
            lines,
            truncated: false,
        };
    }
    lines.truncate(max_lines);
    if let Some(last) = lines.last_mut() {
        while !last.is_empty() && !fits(&format!("{last}…")) {
            last.pop();
        }
        let kept = last.trim_end().to_owned();
        *last = format!("{kept}…");
    }
    Wrapped {
        lines,
        truncated: true,
    }
}

/// The baselines of `count` lines of text centred on `center_y`.
pub fn centered_baselines(
    center_y: f64,
    count: usize,
    line_height: f64,
    font_size: f64,
) -> Vec<f64> {
    let first = center_y - (count.saturating_sub(1) as f64) * line_height / 2.0 + font_size * 0.35;
    (0..count)
        .map(|index| first + index as f64 * line_height)
        .collect()
}

// ---- bar chart ----

/// Width of a bar chart's `viewBox`.
pub const BAR_VIEW_WIDTH: f64 = 600.0;
/// Where the bars start: the labels stand right-aligned to the left of it.
pub const BAR_TRACK_X: f64 = 180.0;
/// The length of a bar at 100%.
pub const BAR_TRACK_WIDTH: f64 = 320.0;
/// Room between a label's end and the bars.
pub const BAR_LABEL_GAP: f64 = 8.0;
/// The widest a label line may be.
pub const BAR_LABEL_MAX_WIDTH: f64 = BAR_TRACK_X - BAR_LABEL_GAP - 4.0;
const _: () = assert!(BAR_LABEL_MAX_WIDTH > 0.0 && BAR_LABEL_MAX_WIDTH < BAR_TRACK_X);
/// Font size of labels and values.
pub const BAR_FONT: f64 = 13.0;
/// Font size of the scale.
pub const TICK_FONT: f64 = 11.0;
/// Line height of wrapped labels.
pub const BAR_LINE: f64 = 15.0;
/// Lines a label may take.
pub const BAR_LABEL_LINES: usize = 2;
/// Room above the first bar, for the scale.
pub const BAR_TOP: f64 = 22.0;
/// Height of one bar's row.
pub const BAR_ROW: f64 = 40.0;
/// Thickness of a bar.
pub const BAR_THICKNESS: f64 = 20.0;
/// Room below the last bar.
pub const BAR_BOTTOM: f64 = 6.0;
/// Room between a bar's end and its value.
pub const BAR_VALUE_GAP: f64 = 6.0;
/// The gridlines of the scale, as fractions.
pub const BAR_GRID: [f64; 3] = [0.0, 0.5, 1.0];

/// Height of the `viewBox` of a bar chart with `count` bars.
pub fn bar_chart_height(count: usize) -> f64 {
    BAR_TOP + count as f64 * BAR_ROW + BAR_BOTTOM
}

/// The x of a fraction on the scale.
pub fn bar_x(fraction: f64) -> f64 {
    BAR_TRACK_X + fraction * BAR_TRACK_WIDTH
}

/// Where one bar and its texts go.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BarGeometry {
    /// The vertical middle of the row: labels centre on it.
    pub center_y: f64,
    /// The top of the bar.
    pub y: f64,
    pub height: f64,
    /// The bar's length; `None` for no data, drawn as a dashed outline of the whole track.
    pub width: Option<f64>,
    /// Where the value text starts: just past the bar's end (past the track for no data).
    pub value_x: f64,
    /// The value text's baseline.
    pub value_y: f64,
}

/// The geometry of the bar in row `index` (from the top) for a value; see [`fraction`].
pub fn bar_geometry(index: usize, value: Option<f64>) -> BarGeometry {
    let center_y = BAR_TOP + (index as f64 + 0.5) * BAR_ROW;
    let width = fraction(value).map(|fraction| fraction * BAR_TRACK_WIDTH);
    let end = width.unwrap_or(BAR_TRACK_WIDTH);
    BarGeometry {
        center_y,
        y: center_y - BAR_THICKNESS / 2.0,
        height: BAR_THICKNESS,
        width,
        value_x: BAR_TRACK_X + end + BAR_VALUE_GAP,
        value_y: center_y + BAR_FONT * 0.35,
    }
}

// ---- radar chart ----

/// Width of a radar chart's `viewBox`.
pub const RADAR_VIEW_WIDTH: f64 = 520.0;
/// Radius of the 100% ring.
pub const RADAR_RADIUS: f64 = 110.0;
/// Room between the 100% ring and the axis labels.
pub const RADAR_LABEL_GAP: f64 = 12.0;
/// Font size of the axis labels and the legend.
pub const RADAR_FONT: f64 = 12.0;
/// Line height of wrapped axis labels.
pub const RADAR_LINE: f64 = 14.0;
/// Lines an axis label may take.
pub const RADAR_LABEL_LINES: usize = 3;
/// The widest a label above or below the chart may be.
pub const RADAR_MIDDLE_LABEL_MAX_WIDTH: f64 = 300.0;
/// The rings, as fractions.
pub const RADAR_RINGS: [f64; 4] = [0.25, 0.5, 0.75, 1.0];
/// Height of one row of the legend.
pub const LEGEND_ROW: f64 = 20.0;
/// Margin above the top labels and below everything.
const RADAR_MARGIN: f64 = 6.0;
/// The fewest axes a radar chart is drawn with; fewer fall back to bars.
pub const RADAR_MIN_AXES: usize = 3;

/// The room the labels take above and below the rings.
const RADAR_LABEL_BAND: f64 = RADAR_LABEL_LINES as f64 * RADAR_LINE;

/// The centre of the rings.
pub fn radar_center() -> Point {
    Point {
        x: RADAR_VIEW_WIDTH / 2.0,
        y: RADAR_MARGIN + RADAR_LABEL_BAND + RADAR_LABEL_GAP + RADAR_RADIUS,
    }
}

/// Where the legend's first row is centred, below the rings and the bottom labels.
pub fn radar_legend_top() -> f64 {
    radar_center().y + RADAR_RADIUS + RADAR_LABEL_GAP + RADAR_LABEL_BAND + LEGEND_ROW
}

/// Height of the `viewBox` of a radar chart; a legend is drawn for two series or more.
pub fn radar_chart_height(series: usize) -> f64 {
    let rings_and_labels = radar_center().y + RADAR_RADIUS + RADAR_LABEL_GAP + RADAR_LABEL_BAND;
    if series >= 2 {
        radar_legend_top() + (series - 1) as f64 * LEGEND_ROW + LEGEND_ROW / 2.0 + RADAR_MARGIN
    } else {
        rings_and_labels + RADAR_MARGIN
    }
}

/// The direction of axis `index` of `count`, in radians: the first points straight up, the
/// others follow clockwise at equal angles.
pub fn radar_angle(index: usize, count: usize) -> f64 {
    -PI / 2.0 + TAU * index as f64 / count.max(1) as f64
}

/// The point at `fraction` (clamped to 0..=1) of the way out along axis `index` of `count`.
pub fn radar_point(center: Point, radius: f64, index: usize, count: usize, fraction: f64) -> Point {
    let angle = radar_angle(index, count);
    let distance = radius * fraction.clamp(0.0, 1.0);
    Point {
        x: center.x + distance * angle.cos(),
        y: center.y + distance * angle.sin(),
    }
}

/// The points of one series, one per axis; values not plotted (see [`fraction`]) are `None`.
pub fn radar_points(center: Point, radius: f64, values: &[Option<f64>]) -> Vec<Option<Point>> {
    let count = values.len();
    values
        .iter()
        .enumerate()
        .map(|(index, &value)| {
            fraction(value).map(|fraction| radar_point(center, radius, index, count, fraction))
        })
        .collect()
}

/// The corners of a ring at `fraction` of the radius, one on each axis.
pub fn radar_ring(center: Point, radius: f64, count: usize, fraction: f64) -> Vec<Point> {
    (0..count)
        .map(|index| radar_point(center, radius, index, count, fraction))
        .collect()
}

/// The `d` of a series' outline: a closed polygon when every axis has a value; otherwise the
/// lines between neighbouring axes that both have one, so a missing value is a gap, never a
/// point at zero. A value with no neighbour is left to its marker. Empty when nothing is drawn.
pub fn radar_path(points: &[Option<Point>]) -> String {
    let at = |point: &Point| format!("{} {}", num(point.x), num(point.y));
    if !points.is_empty() && points.iter().all(Option::is_some) {
        let corners: Vec<String> = points.iter().flatten().map(at).collect();
        return format!("M{}Z", corners.join("L"));
    }
    let Some(start) = points.iter().position(Option::is_none) else {
        return String::new();
    };
    let count = points.len();
    let mut runs: Vec<String> = Vec::new();
    let mut run: Vec<String> = Vec::new();
    for step in 1..=count {
        match &points[(start + step) % count] {
            Some(point) => run.push(at(point)),
            None => {
                if run.len() >= 2 {
                    runs.push(format!("M{}", run.join("L")));
                }
                run.clear();
            }
        }
    }
    runs.join("")
}

/// How a label's text is anchored to its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The value of `text-anchor`.
    pub fn as_str(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// Where an axis label goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AxisLabel {
    /// Just beyond the 100% ring on the axis.
    pub at: Point,
    pub anchor: Anchor,
    /// The widest a line may be without leaving the `viewBox`.
    pub max_width: f64,
    /// The direction's vertical part: below -0.5 the lines stack upward from the point, above
    /// 0.5 they hang below it, in between they centre on it.
    pub rise: f64,
}

impl AxisLabel {
    /// The baselines of a label of `count` lines.
    pub fn baselines(&self, count: usize) -> Vec<f64> {
        let count_f = count as f64;
        if self.rise < -0.5 {
            let last = self.at.y - 2.0;
            (0..count)
                .map(|index| last - (count_f - 1.0 - index as f64) * RADAR_LINE)
                .collect()
        } else if self.rise > 0.5 {
            let first = self.at.y + RADAR_FONT * 0.8;
            (0..count)
                .map(|index| first + index as f64 * RADAR_LINE)
                .collect()
        } else {
            centered_baselines(self.at.y, count, RADAR_LINE, RADAR_FONT)
        }
    }
}

/// Where the label of axis `index` of `count` goes.
pub fn axis_label(center: Point, index: usize, count: usize) -> AxisLabel {
    let angle = radar_angle(index, count);
    let (sin, cos) = angle.sin_cos();
    let at = radar_point(center, RADAR_RADIUS + RADAR_LABEL_GAP, index, count, 1.0);
    let (anchor, max_width) = if cos > 0.3 {
        (Anchor::Start, RADAR_VIEW_WIDTH - at.x - 4.0)
    } else if cos < -0.3 {
        (Anchor::End, at.x - 4.0)
    } else {
        let room = 2.0 * at.x.min(RADAR_VIEW_WIDTH - at.x) - 8.0;
        (Anchor::Middle, room.min(RADAR_MIDDLE_LABEL_MAX_WIDTH))
    };
    AxisLabel {
        at,
        anchor,
        max_width,
        // Rounded, so that an axis exactly 30° from the horizontal (six axes) is a side on the
        // left as on the right, whichever way the last bit of the sine falls.
        rise: (sin * 1e9).round() / 1e9,
    }
}

#[cfg(test)]
mod tests;
