package org.newsgraph.spark;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.write.AnalysisFormats;
import org.newsgraph.io.write.AnalysisJsonWriter;
import org.newsgraph.io.write.AnalysisSink;
import org.newsgraph.io.write.FigureCsvFormat;
import org.newsgraph.io.write.WriteOptions;

/** What a job makes of each analysis: a Parquet row, or the line {@code newsgraph analyze --format json} would print. */
interface AnalysisOutput<T> extends Serializable {

    T convert(Analysis a);

    Encoder<T> encoder();

    /** Rows of {@link AnalysisSchema#ANALYSIS}. */
    AnalysisOutput<Row> ROWS = new AnalysisOutput<>() {
        @Override
        public Row convert(Analysis a) {
            return AnalysisRows.toRow(a);
        }

        @Override
        public Encoder<Row> encoder() {
            return Encoders.row(AnalysisSchema.ANALYSIS);
        }
    };

    /** docs/format.md §2 JSON on one line, exactly as {@link AnalysisJsonWriter} writes it. */
    AnalysisOutput<String> JSON = new AnalysisOutput<>() {
        @Override
        public String convert(Analysis a) {
            return new AnalysisJsonWriter(false).toJson(a);
        }

        @Override
        public Encoder<String> encoder() {
            return Encoders.STRING();
        }
    };

    /**
     * One line per article in a format of the io registry ({@code gkg}: the GKG row; {@code webanno}: the
     * Annotation page on one line), exactly as {@code newsgraph analyze --format NAME} writes it.
     */
    static AnalysisOutput<String> lines(String format) {
        AnalysisFormats.expect(format);
        return new AnalysisOutput<>() {
            @Override
            public String convert(Analysis a) {
                java.io.StringWriter w = new java.io.StringWriter();
                try (AnalysisSink sink = AnalysisFormats.expect(format).open(w, WriteOptions.PLAIN.several(true))) {
                    sink.write(a);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                String line = w.toString();
                return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
            }

            @Override
            public Encoder<String> encoder() {
                return Encoders.STRING();
            }
        };
    }

    /** The figure rows of {@code --format csv} ({@link FigureCsvFormat#rows}), one array of rows per article. */
    AnalysisOutput<Row> FIGURE_ROWS = new AnalysisOutput<>() {
        @Override
        public Row convert(Analysis a) {
            java.util.List<String[]> rows = new java.util.ArrayList<>();
            for (java.util.List<String> r : FigureCsvFormat.rows(a)) rows.add(r.toArray(String[]::new));
            return org.apache.spark.sql.RowFactory.create((Object) rows.toArray(String[][]::new));
        }

        @Override
        public Encoder<Row> encoder() {
            return Encoders.row(new org.apache.spark.sql.types.StructType().add("rows",
                    org.apache.spark.sql.types.DataTypes.createArrayType(
                            org.apache.spark.sql.types.DataTypes.createArrayType(org.apache.spark.sql.types.DataTypes.StringType))));
        }
    };
}
