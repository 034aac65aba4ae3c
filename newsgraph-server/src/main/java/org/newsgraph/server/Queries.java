package org.newsgraph.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.core.model.Measure;
import org.newsgraph.store.SearchRequest;

/** Request parameters read into the store's types, with one-line messages saying what to write instead. */
final class Queries {
    static final int MAX_PAGE = 100;
    static final int MAX_OFFSET = 10_000;

    private Queries() {
    }

    /** The search of {@code /api/articles} and the search page: q, lang, outlet, entity, from, to, measure, sort. */
    static SearchRequest search(Call call, int limit) {
        return SearchRequest.of(call.param("q").orElse(""))
                .withLang(call.param("lang").map(s -> s.toLowerCase(Locale.ROOT)).orElse(null))
                .withOutlet(call.param("outlet").orElse(null))
                .withEntity(call.param("entity").orElse(null))
                .withDates(date(call, "from"), date(call, "to"))
                .withMeasure(measure(call).orElse(null))
                .withLimit(limit)
                .newestFirst(call.param("sort").map("newest"::equals).orElse(false));
    }

    static Optional<Measure> measure(Call call) {
        Optional<String> name = call.param("measure");
        if (name.isEmpty()) return Optional.empty();
        Measure m = Measure.fromJson(name.get().toLowerCase(Locale.ROOT));
        if (m == Measure.OTHER && !name.get().equalsIgnoreCase("other")) {
            throw ApiException.badRequest("unknown measure '" + name.get() + "': use one of "
                    + Arrays.stream(Measure.values()).map(Measure::jsonName).toList());
        }
        return Optional.of(m);
    }

    static LocalDate date(Call call, String name) {
        Optional<String> v = call.param(name);
        if (v.isEmpty()) return null;
        try {
            return LocalDate.parse(v.get());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be an ISO date like 2024-04-20, was '" + v.get() + "'");
        }
    }

    static int integer(Call call, String name, int dflt, int min, int max) {
        Optional<String> v = call.param(name);
        if (v.isEmpty()) return dflt;
        try {
            int n = Integer.parseInt(v.get());
            if (n < min || n > max) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a whole number from " + min + " to " + max
                    + ", was '" + v.get() + "'");
        }
    }
}
