package org.newsgraph.spark;

import java.io.Serializable;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.newsgraph.core.model.Analysis;
import org.newsgraph.io.write.AnalysisJsonWriter;

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
}
