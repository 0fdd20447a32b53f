//! The timeline of the HTML report: records per year as stacked bars, drawn once for a wide
//! and once for a narrow screen, and the year table that is their alternative.

use crate::i18n::{Arg, Messages};
use crate::report::{Report, YearCount};

/// The timeline: the same bars drawn for a wide and a narrow screen (the CSS shows one), so
/// that the text in the SVG stays legible on a phone, and the table that is their alternative.
pub(super) struct Chart {
    pub(super) label: String,
    /// Some year has reported or unconfirmed records (a third segment and column).
    pub(super) has_unconfirmed: bool,
    pub(super) svgs: Vec<ChartSvg>,
    pub(super) rows: Vec<TableRow>,
    /// Records with no date: in the headline, in no year.
    pub(super) undated: Option<TableRow>,
    pub(super) total: TableRow,
}

/// One drawing of the timeline, in SVG user units.
pub(super) struct ChartSvg {
    /// `wide` or `narrow`: CSS class suffix and part of the element ids.
    pub(super) variant: &'static str,
    pub(super) width: u32,
    pub(super) height: u32,
    pub(super) plot_left: u32,
    pub(super) plot_right: u32,
    pub(super) baseline: u32,
    pub(super) label_y: u32,
    pub(super) bars: Vec<Bar>,
    pub(super) ticks: Vec<Tick>,
    pub(super) years: Vec<YearLabel>,
}

pub(super) struct Bar {
    pub(super) title: String,
    pub(super) x: String,
    pub(super) width: String,
    pub(super) ai_y: String,
    pub(super) ai_height: String,
    pub(super) unconfirmed_y: String,
    pub(super) unconfirmed_height: String,
    pub(super) has_unconfirmed: bool,
    pub(super) other_y: String,
    pub(super) other_height: String,
    pub(super) has_ai: bool,
    pub(super) has_other: bool,
}

pub(super) struct Tick {
    pub(super) y: String,
    pub(super) label: String,
}

pub(super) struct YearLabel {
    pub(super) x: String,
    pub(super) text: String,
}

pub(super) struct TableRow {
    pub(super) year: String,
    pub(super) ai: String,
    pub(super) unconfirmed: String,
    pub(super) not_used: String,
    pub(super) total: String,
}

/// A step of 1, 2 or 5 times a power of ten giving about `ticks` gridlines up to `max`.
pub(super) fn nice_step(max: u64, ticks: u64) -> u64 {
    let raw = max.div_ceil(ticks.max(1)).max(1);
    let mut magnitude = 1u64;
    while magnitude.saturating_mul(10) <= raw {
        magnitude = magnitude.saturating_mul(10);
    }
    [1, 2, 5, 10]
        .into_iter()
        .map(|factor| magnitude.saturating_mul(factor))
        .find(|step| *step >= raw)
        .unwrap_or(raw)
}

/// Years the chart shows: every year from the first to the last when the span is reasonable
/// (gaps are information), else only the years that have records.
pub(super) fn chart_years(timeline: &[YearCount]) -> Vec<YearCount> {
    const MAX_SPAN: i32 = 60;
    let (Some(first), Some(last)) = (
        timeline.iter().map(|y| y.year).min(),
        timeline.iter().map(|y| y.year).max(),
    ) else {
        return Vec::new();
    };
    if last - first >= MAX_SPAN {
        return timeline.to_vec();
    }
    (first..=last)
        .map(|year| {
            timeline
                .iter()
                .find(|y| y.year == year)
                .cloned()
                .unwrap_or(YearCount {
                    year,
                    ..YearCount::default()
                })
        })
        .collect()
}

pub(super) fn fixed(value: f64) -> String {
    format!("{value:.1}")
}

/// The size of one drawing of the timeline and the room its text needs (SVG user units; the
/// CSS gives the text its size: 13 units in both).
pub(super) struct Geometry {
    pub(super) variant: &'static str,
    pub(super) width: u32,
    pub(super) height: u32,
    pub(super) top: u32,
    pub(super) bottom: u32,
    pub(super) right: u32,
    /// Width of one digit of a gridline label.
    pub(super) digit: u32,
    /// Horizontal room a year label needs.
    pub(super) year_room: f64,
}

const WIDE: Geometry = Geometry {
    variant: "wide",
    width: 720,
    height: 280,
    top: 14,
    bottom: 38,
    right: 22,
    digit: 8,
    year_room: 40.0,
};

const NARROW: Geometry = Geometry {
    variant: "narrow",
    width: 360,
    height: 240,
    top: 12,
    bottom: 32,
    right: 18,
    digit: 8,
    year_room: 42.0,
};

/// The stacked bar chart of records per year, for both screen sizes, and its table.
pub(super) fn chart(timeline: &[YearCount], messages: &Messages) -> Option<Chart> {
    let years = chart_years(timeline);
    let first = years.first()?.year;
    let last = years.last()?.year;
    let max = years
        .iter()
        .map(|y| {
            y.ai_training
                .saturating_add(y.unconfirmed)
                .saturating_add(y.not_used)
        })
        .max()
        .unwrap_or(0)
        .max(1);
    let step = nice_step(max, 4);
    let top_value = max.div_ceil(step).saturating_mul(step).max(step);
    let ticks: Vec<(u64, String)> = (0..=top_value / step)
        .map(|i| {
            let value = i.saturating_mul(step);
            (value, messages.int(value))
        })
        .collect();
    let titles: Vec<String> = years
        .iter()
        .map(|year| {
            let title = messages.format(
                "html-bar-title",
                &[
                    ("year", Arg::Text(&year.year.to_string())),
                    ("ai", Arg::Num(year.ai_training)),
                    ("other", Arg::Num(year.not_used)),
                ],
            );
            if year.unconfirmed > 0 {
                let more = messages.format(
                    "html-bar-title-unconfirmed",
                    &[("count", Arg::Num(year.unconfirmed))],
                );
                format!("{title}, {more}")
            } else {
                title
            }
        })
        .collect();
    let svgs = [WIDE, NARROW]
        .iter()
        .map(|geometry| draw(geometry, &years, &titles, &ticks, top_value))
        .collect();
    let rows: Vec<TableRow> = timeline
        .iter()
        .map(|y| TableRow {
            year: y.year.to_string(),
            ai: messages.int(y.ai_training),
            unconfirmed: messages.int(y.unconfirmed),
            not_used: messages.int(y.not_used),
            total: messages.int(
                y.ai_training
                    .saturating_add(y.unconfirmed)
                    .saturating_add(y.not_used),
            ),
        })
        .collect();
    let (ai, unconfirmed, not_used) = timeline.iter().fold((0u64, 0u64, 0u64), |(a, u, n), y| {
        (
            a.saturating_add(y.ai_training),
            u.saturating_add(y.unconfirmed),
            n.saturating_add(y.not_used),
        )
    });
    Some(Chart {
        label: messages.format(
            "html-chart-label",
            &[
                ("first", Arg::Text(&first.to_string())),
                ("last", Arg::Text(&last.to_string())),
            ],
        ),
        has_unconfirmed: unconfirmed > 0,
        svgs,
        rows,
        undated: None,
        total: TableRow {
            year: messages.get("html-col-total"),
            ai: messages.int(ai),
            unconfirmed: messages.int(unconfirmed),
            not_used: messages.int(not_used),
            total: messages.int(ai.saturating_add(unconfirmed).saturating_add(not_used)),
        },
    })
}

/// The year table's totals made equal to the headline's: the records with no date, which no
/// year holds, get a row of their own before the total.
pub(super) fn with_headline_totals(
    mut chart: Chart,
    report: &Report,
    messages: &Messages,
) -> Chart {
    let totals = &report.totals;
    let all: u64 = report.categories.iter().map(|c| c.records).sum();
    let ai = totals.ai_training_records;
    let unconfirmed = totals.unconfirmed_records;
    let not_used = all.saturating_sub(ai).saturating_sub(unconfirmed);
    let (dated_ai, dated_unconfirmed, dated_not_used) =
        report
            .timeline
            .iter()
            .fold((0u64, 0u64, 0u64), |(a, u, n), y| {
                (
                    a.saturating_add(y.ai_training),
                    u.saturating_add(y.unconfirmed),
                    n.saturating_add(y.not_used),
                )
            });
    let undated = (
        ai.saturating_sub(dated_ai),
        unconfirmed.saturating_sub(dated_unconfirmed),
        not_used.saturating_sub(dated_not_used),
    );
    if undated != (0, 0, 0) {
        chart.has_unconfirmed |= unconfirmed > 0;
        chart.undated = Some(TableRow {
            year: messages.get("html-col-undated"),
            ai: messages.int(undated.0),
            unconfirmed: messages.int(undated.1),
            not_used: messages.int(undated.2),
            total: messages.int(undated.0 + undated.1 + undated.2),
        });
        chart.total = TableRow {
            year: messages.get("html-col-total"),
            ai: messages.int(ai),
            unconfirmed: messages.int(unconfirmed),
            not_used: messages.int(not_used),
            total: messages.int(all),
        };
    }
    chart
}

/// One drawing: bars stacked from the baseline (AI training at the bottom), gridlines at
/// `ticks`, and as many year labels as fit, counted from the latest year.
pub(super) fn draw(
    geometry: &Geometry,
    years: &[YearCount],
    titles: &[String],
    ticks: &[(u64, String)],
    top_value: u64,
) -> ChartSvg {
    let widest_tick = ticks
        .iter()
        .map(|(_, label)| label.chars().count())
        .max()
        .unwrap_or(1);
    let left = u32::try_from(widest_tick)
        .unwrap_or(12)
        .saturating_mul(geometry.digit)
        .saturating_add(14);
    let plot_right = geometry.width - geometry.right;
    let baseline = geometry.height - geometry.bottom;
    let plot_height = f64::from(baseline - geometry.top);
    let plot_width = f64::from(plot_right.saturating_sub(left).max(1));
    let scale = |value: u64| value as f64 / top_value.max(1) as f64 * plot_height;
    let count = years.len().max(1);
    let band = plot_width / count as f64;
    let bar_width = (band * 0.72).min(48.0);
    let label_every = ((geometry.year_room / band).ceil() as usize).max(1);
    // A non-zero count is drawn at least one unit high, so that it never looks like zero.
    let height = |value: u64| {
        if value == 0 {
            0.0
        } else {
            scale(value).max(1.0)
        }
    };
    let mut bars = Vec::new();
    let mut labels = Vec::new();
    for (index, (year, title)) in years.iter().zip(titles).enumerate() {
        let center = f64::from(left) + band * (index as f64 + 0.5);
        let ai_height = height(year.ai_training);
        let unconfirmed_height = height(year.unconfirmed);
        let other_height = height(year.not_used);
        bars.push(Bar {
            title: title.clone(),
            x: fixed(center - bar_width / 2.0),
            width: fixed(bar_width),
            ai_y: fixed(f64::from(baseline) - ai_height),
            ai_height: fixed(ai_height),
            unconfirmed_y: fixed(f64::from(baseline) - ai_height - unconfirmed_height),
            unconfirmed_height: fixed(unconfirmed_height),
            has_unconfirmed: unconfirmed_height > 0.0,
            other_y: fixed(f64::from(baseline) - ai_height - unconfirmed_height - other_height),
            other_height: fixed(other_height),
            has_ai: ai_height > 0.0,
            has_other: other_height > 0.0,
        });
        if (count - 1 - index).is_multiple_of(label_every) {
            labels.push(YearLabel {
                x: fixed(center),
                text: year.year.to_string(),
            });
        }
    }
    ChartSvg {
        variant: geometry.variant,
        width: geometry.width,
        height: geometry.height,
        plot_left: left,
        plot_right,
        baseline,
        label_y: baseline + 22,
        bars,
        ticks: ticks
            .iter()
            .map(|(value, label)| Tick {
                y: fixed(f64::from(baseline) - scale(*value)),
                label: label.clone(),
            })
            .collect(),
        years: labels,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gridline_steps_are_round() {
        assert_eq!(nice_step(1, 4), 1);
        assert_eq!(nice_step(7, 4), 2);
        assert_eq!(nice_step(40, 4), 10);
        assert_eq!(nice_step(41, 4), 20);
        assert_eq!(nice_step(1234, 4), 500);
        assert_eq!(nice_step(u64::MAX, 4), 5_000_000_000_000_000_000);
    }

    #[test]
    fn chart_fills_gaps_between_years() {
        let timeline = [
            YearCount {
                year: 2007,
                ai_training: 1,
                unconfirmed: 0,
                not_used: 0,
            },
            YearCount {
                year: 2009,
                ai_training: 2,
                unconfirmed: 0,
                not_used: 3,
            },
        ];
        let years: Vec<i32> = chart_years(&timeline).iter().map(|y| y.year).collect();
        assert_eq!(years, [2007, 2008, 2009]);
        let chart = chart(&timeline, &Messages::new("en"));
        let chart = chart.as_ref();
        let wide = chart.and_then(|c| c.svgs.first());
        assert_eq!(wide.map(|svg| svg.bars.len()), Some(3));
        assert_eq!(chart.map(|c| c.rows.len()), Some(2));
        assert_eq!(
            wide.and_then(|svg| svg.bars.get(2))
                .map(|b| b.title.as_str()),
            Some("2009: 2 under AI training, 3 not used")
        );
        // Five records at most: gridlines at 0, 2, 4, 6; the 5 of 2009 reaches 5/6 of the plot.
        let ticks: Vec<&str> = wide.map_or(Vec::new(), |svg| {
            svg.ticks.iter().map(|t| t.label.as_str()).collect()
        });
        assert_eq!(ticks, ["0", "2", "4", "6"]);
        assert!(super::chart(&[], &Messages::new("en")).is_none());
    }
}
