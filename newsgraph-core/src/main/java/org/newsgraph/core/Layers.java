package org.newsgraph.core;

import java.util.List;
import java.util.Optional;
import org.newsgraph.core.model.LanguageGuess;

/** The layers the standard annotators produce and consume. */
public final class Layers {
    private Layers() {
    }

    /** {@link LanguageGuess} of the document. */
    public static final Layer<LanguageGuess> LANGUAGE = Layer.of("language", LanguageGuess.class);
    /** Spans the later layers must ignore: promotional footers, share prompts, bylines. {@code List<Span>}. */
    public static final Layer<List<Span>> BOILERPLATE = Layer.of("boilerplate", List.class);
    /** Sentences in text order, never inside boilerplate. {@code List<Span>}. */
    public static final Layer<List<Span>> SENTENCES = Layer.of("sentences", List.class);
    /** Tokens in text order. {@code List<Token>}. */
    public static final Layer<List<Token>> TOKENS = Layer.of("tokens", List.class);
    /**
     * The one token layer: every piece of the text outside boilerplate with its normalised form, kind, spacing,
     * sentence and paragraph ({@link org.newsgraph.core.text.Words}). Made once by the segmenter.
     */
    public static final Layer<org.newsgraph.core.text.Words> WORDS = Layer.of("words", org.newsgraph.core.text.Words.class);
    /** The outlet, when known. {@code Optional<Outlet>}. */
    public static final Layer<Optional<org.newsgraph.core.model.Outlet>> OUTLET = Layer.of("outlet", Optional.class);
    /** Entities with their mentions. {@code List<Entity>}. */
    public static final Layer<List<org.newsgraph.core.model.Entity>> ENTITIES = Layer.of("entities", List.class);
    /** "According to X" attributions: the source of the figures and claims of a clause. {@code List<Attribution>}. */
    public static final Layer<List<org.newsgraph.core.model.Attribution>> ATTRIBUTIONS = Layer.of("attributions", List.class);
    /** Quotes with speakers. {@code List<Quote>}. */
    public static final Layer<List<org.newsgraph.core.model.Quote>> QUOTES = Layer.of("quotes", List.class);
    /** Figures with measures and sources. {@code List<Figure>}. */
    public static final Layer<List<org.newsgraph.core.model.Figure>> FIGURES = Layer.of("figures", List.class);
    /**
     * Where and when each figure is, as its sentence says: {@code List<FigureSetting>} by index into
     * {@link #FIGURES}; applied to the figures when the analysis is made.
     */
    public static final Layer<List<org.newsgraph.core.model.FigureSetting>> FIGURE_SETTINGS = Layer.of("figure-settings", List.class);
    /** Temporal expressions. {@code List<TimeExpression>}. */
    public static final Layer<List<org.newsgraph.core.model.TimeExpression>> TIMES = Layer.of("times", List.class);
    /** Events (protests, riots, attacks, disasters, emergencies…) with actor, place, time and figures. {@code List<Event>}. */
    public static final Layer<List<org.newsgraph.core.model.Event>> EVENTS = Layer.of("events", List.class);
    /** Flagged wording: loaded terms, superseded place names, unsourced figures, hedges. {@code List<Framing>}. */
    public static final Layer<List<org.newsgraph.core.model.Framing>> FRAMING = Layer.of("framing", List.class);
}
