package org.newsgraph.annotate.entities;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The names the JDK (its CLDR data) gives every ISO country in English and in the language of every installed
 * pack. Asking the JDK costs 0.1–0.2 CPU s at every start (it loads the locale data of each language), so the build
 * asks once ({@link #main}, run by Maven after compiling this module) and writes {@code country-names.bin}; that
 * table is used only when the running JDK and languages are those it was made with, else the JDK is asked as before.
 */
public final class CountryNames {
    static final String TABLE = "country-names.bin";
    private static final int MAGIC = 0x4E474331; // "NGC1"

    private CountryNames() {
    }

    /** A country the JDK names: its ISO code, English name, and its name in each language asked for, in order. */
    record Country(String code, String name, List<String> names) {
    }

    /** The countries named in these languages (English first): from the build's table when it matches. */
    static List<Country> of(Locale[] languages) {
        String stamp = stamp(languages);
        try (InputStream in = CountryNames.class.getResourceAsStream(TABLE)) {
            if (in != null) {
                List<Country> table = read(in.readAllBytes(), stamp);
                if (table != null) return table;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + TABLE, e);
        }
        return asked(languages);
    }

    /** The countries as the JDK names them now. */
    static List<Country> asked(Locale[] languages) {
        List<Country> out = new ArrayList<>();
        for (String code : Locale.getISOCountries()) {
            Locale region = Locale.of("", code);
            String name = region.getDisplayCountry(Locale.ENGLISH);
            if (name.isBlank() || name.equals(code)) continue;
            List<String> names = new ArrayList<>(languages.length);
            for (Locale l : languages) names.add(region.getDisplayCountry(l));
            out.add(new Country(code, name, List.copyOf(names)));
        }
        return out;
    }

    /** What the names depend on: the JDK's build and locale providers, and the languages asked for. */
    static String stamp(Locale[] languages) {
        StringBuilder s = new StringBuilder();
        s.append(System.getProperty("java.vm.vendor")).append('|').append(System.getProperty("java.runtime.version"))
                .append('|').append(System.getProperty("java.locale.providers", "")).append('|');
        for (Locale l : languages) s.append(l.toLanguageTag()).append(',');
        return s.toString();
    }

    static byte[] write(List<Country> countries, String stamp) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 15);
        DataOutputStream o = new DataOutputStream(bytes);
        o.writeInt(MAGIC);
        o.writeUTF(stamp);
        o.writeInt(countries.size());
        for (Country c : countries) {
            o.writeUTF(c.code());
            o.writeUTF(c.name());
            o.writeShort(c.names().size());
            for (String n : c.names()) o.writeUTF(n);
        }
        o.flush();
        return bytes.toByteArray();
    }

    /** The countries of a table, or null when it is of another format or stamp (or damaged). */
    static List<Country> read(byte[] table, String stamp) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(table))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(stamp)) return null;
            int n = in.readInt();
            List<Country> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String code = in.readUTF();
                String name = in.readUTF();
                String[] names = new String[in.readUnsignedShort()];
                for (int k = 0; k < names.length; k++) names[k] = in.readUTF();
                out.add(new Country(code, name, List.of(names)));
            }
            return out;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** English, then the language of every installed pack: the languages the KB names countries in. */
    static Locale[] languages() {
        Set<Locale> named = new LinkedHashSet<>();
        named.add(Locale.ENGLISH);
        for (org.newsgraph.core.lang.LanguagePack p : org.newsgraph.core.lang.LanguagePacks.all()) {
            named.add(Locale.forLanguageTag(p.code()));
        }
        return named.toArray(Locale[]::new);
    }

    /** Writes the table for this JDK and the installed packs: {@code CountryNames OUT.bin}. Run by the build. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) throw new IllegalArgumentException("usage: CountryNames OUT.bin");
        Locale[] languages = languages();
        Path out = Path.of(args[0]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, write(asked(languages), stamp(languages)));
    }
}
