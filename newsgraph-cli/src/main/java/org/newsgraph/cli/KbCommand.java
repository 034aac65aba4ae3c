package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.entities.GeoNamesImporter;
import org.newsgraph.annotate.entities.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph kb}: manages the local knowledge base the entity linker reads. */
@Command(name = "kb", mixinStandardHelpOptions = true,
        description = "Manages the local knowledge base (places, with coordinates) that `analyze` links names to.",
        subcommands = {KbCommand.ImportGeoNames.class, KbCommand.BuildShipped.class})
final class KbCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code newsgraph kb import-geonames FILE [--kb DIR]}. */
    @Command(name = "import-geonames", mixinStandardHelpOptions = true,
            description = {"Imports a GeoNames dump (cities15000.txt format, alternate names included) into the local KB.",
                    "countryInfo.txt next to FILE (or --country-info) ranks capitals first. GeoNames data is CC BY 4.0 (geonames.org)."})
    static final class ImportGeoNames implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "A GeoNames cities file (e.g. cities15000.txt).")
        Path file;

        @Option(names = "--kb", paramLabel = "DIR", description = "Local KB directory. Default: ~/.newsgraph/kb.")
        Path kb;

        @Option(names = "--country-info", paramLabel = "FILE", description = "GeoNames countryInfo.txt. Default: countryInfo.txt next to FILE, if present.")
        Path countryInfo;

        @Override
        public Integer call() throws Exception {
            Path dir = kb != null ? kb : KnowledgeBase.defaultLocalDir();
            Path info = countryInfo != null ? countryInfo
                    : file.toAbsolutePath().resolveSibling("countryInfo.txt");
            GeoNamesImporter.Summary s = GeoNamesImporter.importCities(file, Optional.of(info), dir);
            System.out.println("imported " + s.places() + " places into " + s.file());
            return 0;
        }
    }

    /** {@code newsgraph kb build-shipped DIR OUT}: regenerates the GeoNames table shipped in the jar. */
    @Command(name = "build-shipped", mixinStandardHelpOptions = true,
            description = {"Builds the GeoNames table shipped in the jar (developers: see scripts/build-kb.sh).",
                    "DIR holds cities15000.txt, admin1CodesASCII.txt and countryInfo.txt (GeoNames, CC BY 4.0);",
                    "NAMES the region names and French départements written for Newsgraph (scripts/kb)."})
    static final class BuildShipped implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DIR", description = "Directory of the GeoNames files.")
        Path dir;

        @Parameters(index = "1", paramLabel = "OUT", description = "The gzipped table to write.")
        Path out;

        @Parameters(index = "2", arity = "0..1", paramLabel = "NAMES",
                description = "Directory of the hand-written region tables (scripts/kb: regions.tsv, fr-departements.tsv).")
        Path names;

        @Override
        public Integer call() throws Exception {
            GeoNamesImporter.Summary s = GeoNamesImporter.buildShipped(dir, Optional.ofNullable(names), out);
            System.out.println("wrote " + s.places() + " places, regions and countries into " + s.file());
            return 0;
        }
    }
}
