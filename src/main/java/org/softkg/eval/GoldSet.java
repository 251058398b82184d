package org.softkg.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.softkg.corpus.InputFormatException;

/**
 * A gold set read from its JSON Lines file: one sentence per line,
 * {@code {"id": 2808, "hash": "1a2b3c4d", "split": "tune", "facts": [{"s": .., "r": .., "o": .., "s_alt": [..],
 * "o_alt": [..], "s_type": .., "o_type": ..}]}}, optionally {@code "round": 2} (the annotation round; 1 when
 * absent). Other fields (such as {@code "stratum"}) are ignored. Blank lines are skipped; any other problem is an
 * {@link InputFormatException} naming the file and line.
 *
 * @param file      where it was read
 * @param sentences the sentences, in file order
 */
public record GoldSet(String file, List<GoldSentence> sentences) {

    public GoldSet {
        sentences = List.copyOf(sentences);
    }

    /** Reads and checks a gold file (structure only: the sentences are checked by {@link DevSentences}). */
    public static GoldSet read(Path path) {
        String file = path.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputFormatException(file, 0, "no such gold file");
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return parse(file, lines);
    }

    /** Parses gold lines; {@code file} names them in errors. */
    public static GoldSet parse(String file, List<String> lines) {
        List<GoldSentence> out = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            long line = i + 1;
            GoldSentence s = sentence(file, line, text);
            if (!seen.add(s.id())) {
                throw new InputFormatException(file, line, "sentence " + s.id() + " is listed twice");
            }
            out.add(s);
        }
        if (out.isEmpty()) {
            throw new InputFormatException(file, 0, "the gold file holds no sentence");
        }
        return new GoldSet(file, out);
    }

    /** The sentences of one part (or all). */
    public List<GoldSentence> select(Split split) {
        return sentences.stream().filter(s -> split.includes(s.split())).toList();
    }

    /** The same gold set with only the sentences of annotation round {@code round}. */
    public GoldSet ofRound(int round) {
        List<GoldSentence> kept = sentences.stream().filter(s -> s.round() == round).toList();
        if (kept.isEmpty()) {
            throw new InputFormatException(file, 0, "the gold file holds no sentence of round " + round);
        }
        return new GoldSet(file, kept);
    }

    private static GoldSentence sentence(String file, long line, String text) {
        JsonObject o;
        try {
            o = JSON.parse(text);
        } catch (JsonException e) {
            throw new InputFormatException(file, line, "not a JSON object: " + oneLine(e.getMessage()));
        }
        int id = integer(file, line, o, "id");
        if (id < 0) {
            throw new InputFormatException(file, line, "\"id\" must be 0 or more, not " + id);
        }
        String hash = string(file, line, o, "hash", true);
        if (!hash.matches("[0-9a-f]{8}")) {
            throw new InputFormatException(file, line, "\"hash\" must be 8 lower-case hex digits, not \"" + hash + "\"");
        }
        String splitLabel = string(file, line, o, "split", true);
        Split split = Split.ofGoldLabel(splitLabel);
        if (split == null) {
            throw new InputFormatException(file, line, "\"split\" must be \"tune\" or \"heldout\", not \"" + splitLabel + "\"");
        }
        JsonValue factsValue = o.get("facts");
        if (factsValue == null || !factsValue.isArray()) {
            throw new InputFormatException(file, line, "\"facts\" must be an array (empty when the sentence states none)");
        }
        List<GoldFact> facts = new ArrayList<>();
        for (JsonValue f : factsValue.getAsArray()) {
            if (!f.isObject()) {
                throw new InputFormatException(file, line, "each fact must be an object");
            }
            facts.add(fact(file, line, f.getAsObject()));
        }
        int round = 1;
        if (o.get("round") != null) {
            round = integer(file, line, o, "round");
            if (round < 1) {
                throw new InputFormatException(file, line, "\"round\" must be 1 or more, not " + round);
            }
        }
        return new GoldSentence(id, hash, split, facts, line, round);
    }

    private static GoldFact fact(String file, long line, JsonObject f) {
        String s = string(file, line, f, "s", true);
        String r = string(file, line, f, "r", true);
        String o = string(file, line, f, "o", true);
        if (s.isBlank() || r.isBlank() || o.isBlank()) {
            throw new InputFormatException(file, line, "a fact has an empty \"s\", \"r\" or \"o\"");
        }
        return new GoldFact(s, strings(file, line, f, "s_alt"), r, o, strings(file, line, f, "o_alt"),
                string(file, line, f, "s_type", false), string(file, line, f, "o_type", false));
    }

    private static int integer(String file, long line, JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || !v.isNumber()) {
            throw new InputFormatException(file, line, "\"" + key + "\" must be a number");
        }
        Number n = v.getAsNumber().value();
        if (n.doubleValue() != Math.rint(n.doubleValue()) || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
            throw new InputFormatException(file, line, "\"" + key + "\" must be a whole number, not " + n);
        }
        return n.intValue();
    }

    private static String string(String file, long line, JsonObject o, String key, boolean required) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InputFormatException(file, line, "\"" + key + "\" is missing");
            }
            return null;
        }
        if (!v.isString()) {
            throw new InputFormatException(file, line, "\"" + key + "\" must be a string");
        }
        return v.getAsString().value();
    }

    private static List<String> strings(String file, long line, JsonObject o, String key) {
        JsonValue v = o.get(key);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new InputFormatException(file, line, "\"" + key + "\" must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue e : v.getAsArray()) {
            if (!e.isString() || e.getAsString().value().isBlank()) {
                throw new InputFormatException(file, line, "\"" + key + "\" must hold non-empty strings");
            }
            out.add(e.getAsString().value());
        }
        return out;
    }

    private static String oneLine(String s) {
        return s == null ? "(no detail)" : s.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
