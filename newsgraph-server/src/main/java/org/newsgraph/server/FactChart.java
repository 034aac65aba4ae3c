package org.newsgraph.server;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.facts.FactGroup;
import org.newsgraph.facts.Report;
import org.newsgraph.io.write.html.FigureValues;
import org.newsgraph.io.write.html.Html;

/**
 * The chart of a fact page, drawn on the server as inline SVG (no script library, nothing to fetch): the reported
 * values over time, one series per source (the credited source, else the outlet), a range as a vertical bar,
 * a retracted value as a hollow point. Colours come from the style sheet by series class ({@code s0}…{@code s7}).
 */
final class FactChart {
    static final int WIDTH = 720;
    static final int HEIGHT = 300;
    private static final int LEFT = 64;
    private static final int RIGHT = 40;
    private static final int TOP = 16;
    private static final int BOTTOM = 40;
    private static final int SERIES_CLASSES = 8;

    private FactChart() {
    }

    /** The series a report belongs to: who the text credits, else the outlet, else the article. */
    static String seriesName(Report r) {
        return r.source().or(r::outlet).orElse(r.articleId());
    }

    static String svg(FactGroup g) {
        Map<String, List<Integer>> series = new LinkedHashMap<>();
        for (int i = 0; i < g.reports().size(); i++) series.computeIfAbsent(seriesName(g.reports().get(i)), k -> new ArrayList<>()).add(i);
        LocalDate first = null;
        LocalDate last = null;
        double top = 0;
        for (Report r : g.reports()) {
            LocalDate d = r.timelineDate().orElse(null);
            if (d != null) {
                if (first == null || d.isBefore(first)) first = d;
                if (last == null || d.isAfter(last)) last = d;
            }
            top = Math.max(top, r.max().isPresent() ? r.max().getAsDouble() : r.value());
        }
        if (first == null) first = last = LocalDate.EPOCH;
        if (!last.isAfter(first)) {
            first = first.minusDays(1);
            last = last.plusDays(1);
        }
        top = niceTop(top);
        long days = ChronoUnit.DAYS.between(first, last);
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        StringBuilder b = new StringBuilder();
        b.append("<figure class=\"chart\"><svg class=\"fact-chart\" id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"reported values over time, one line per source\">\n");
        // axes, grid and labels
        for (int k = 0; k <= 4; k++) {
            double v = top * k / 4;
            double y = TOP + plotH - plotH * k / 4.0;
            b.append("<line class=\"grid\" x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"")
                    .append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append("<text class=\"axis-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">").append(Html.escape(FigureValues.number(Math.round(v)))).append("</text>\n");
        }
        int ticks = (int) Math.min(days, 6);
        for (int k = 0; k <= ticks; k++) {
            LocalDate d = first.plusDays(Math.round((double) days * k / ticks));
            double x = LEFT + plotW * (double) ChronoUnit.DAYS.between(first, d) / days;
            b.append("<text class=\"axis-label\" x=\"").append(fmt(x)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(d).append("</text>\n");
        }
        b.append("<line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" y2=\"").append(TOP + plotH).append("\"/><line class=\"axis\" x1=\"").append(LEFT).append("\" x2=\"")
                .append(WIDTH - RIGHT).append("\" y1=\"").append(TOP + plotH).append("\" y2=\"").append(TOP + plotH).append("\"/>\n");
        int s = 0;
        for (Map.Entry<String, List<Integer>> e : series.entrySet()) {
            String cls = "s" + (s % SERIES_CLASSES);
            b.append("<g class=\"series ").append(cls).append("\" data-series=\"").append(Html.escape(e.getKey())).append("\">");
            StringBuilder line = new StringBuilder();
            List<Integer> idx = new ArrayList<>(e.getValue());
            idx.sort((x, y) -> g.reports().get(x).timelineDate().orElse(LocalDate.EPOCH)
                    .compareTo(g.reports().get(y).timelineDate().orElse(LocalDate.EPOCH)));
            for (int i : idx) {
                Report r = g.reports().get(i);
                double x = LEFT + plotW * (double) ChronoUnit.DAYS.between(first, r.timelineDate().orElse(first)) / days;
                double y = TOP + plotH - plotH * r.value() / top;
                line.append(line.isEmpty() ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
                if (r.max().isPresent()) {
                    double y2 = TOP + plotH - plotH * r.max().getAsDouble() / top;
                    b.append("<line class=\"range\" x1=\"").append(fmt(x)).append("\" x2=\"").append(fmt(x)).append("\" y1=\"")
                            .append(fmt(y)).append("\" y2=\"").append(fmt(y2)).append("\"/>");
                }
                b.append("<circle class=\"point").append(r.retracted() ? " retracted" : "").append("\" data-report=\"r")
                        .append(i + 1).append("\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"5\"><title>#")
                        .append(i + 1).append(' ').append(Html.escape(e.getKey())).append(": ")
                        .append(Html.escape(FigureValues.number(r.value()))).append(" (")
                        .append(r.timelineDate().map(LocalDate::toString).orElse("date unknown")).append(")</title></circle>");
            }
            if (idx.size() > 1) b.append("<polyline class=\"line\" points=\"").append(line).append("\"/>");
            b.append("</g>\n");
            s++;
        }
        b.append("</svg>\n<figcaption class=\"legend\">");
        s = 0;
        for (String name : series.keySet()) {
            b.append("<span class=\"legend-item s").append(s++ % SERIES_CLASSES).append("\"><svg class=\"swatch\" viewBox=\"0 0 10 10\" "
                    + "width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg> ").append(Html.escape(name)).append("</span> ");
        }
        b.append("</figcaption></figure>\n");
        return b.toString();
    }

    /**
     * A top for the value axis whose quarters are round (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten), a little above the
     * largest value, so the four grid lines carry whole, readable numbers.
     */
    static double niceTop(double max) {
        if (max <= 0) return 4;
        double quarter = max * 1.05 / 4;
        double p = Math.pow(10, Math.floor(Math.log10(quarter)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= quarter) return 4 * Math.max(1, m * p);
        }
        return 40 * p;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
