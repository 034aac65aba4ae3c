package org.newsgraph.io.write.gkg;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns of a GDELT GKG 2.1 row, by the names GDELT publishes them under (the GKG 2.1 codebook, and the
 * {@code gdelt-bq.gdeltv2.gkg} table), in file order, then Newsgraph's one extension column.
 */
public final class GkgColumns {
    /** The 27 columns of GKG 2.1, in order. */
    public static final List<String> GKG = List.of("GKGRECORDID", "DATE", "SourceCollectionIdentifier",
            "SourceCommonName", "DocumentIdentifier", "Counts", "V2Counts", "Themes", "V2Themes", "Locations",
            "V2Locations", "Persons", "V2Persons", "Organizations", "V2Organizations", "V2Tone", "Dates", "GCAM",
            "SharingImage", "RelatedImages", "SocialImageEmbeds", "SocialVideoEmbeds", "Quotations", "AllNames",
            "Amounts", "TranslationInfo", "Extras");
    /** Newsgraph's extension, after the GKG columns: who the text credits each count of V2Counts to. */
    public static final String COUNT_SOURCES = "NewsgraphCountSources";

    private GkgColumns() {
    }

    /** Every column Newsgraph writes, in order: the GKG columns, then the extension. */
    public static List<String> all() {
        List<String> out = new ArrayList<>(GKG);
        out.add(COUNT_SOURCES);
        return out;
    }
}
