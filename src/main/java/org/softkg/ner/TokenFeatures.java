package org.softkg.ner;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Word features for software names: the word and its neighbours (two each side, lower-cased), word
 * bigrams, word shape (full and with runs collapsed), prefixes and suffixes up to 4 characters, and
 * flags for capitals inside a word ("DragonFly"), all capitals, digits, version numbers ("4.8",
 * "v2.1b"), dotted names ("org.apache.jena") and code-like characters ({@code ArrayList<String>}, {@code _}, {@code ::}).
 */
public final class TokenFeatures implements AdaptiveFeatureGenerator {

    private static final Pattern VERSION = Pattern.compile("v?\\d+(\\.\\d+)+[a-z]?|\\d+(\\.\\d+)*\\.x", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("\\p{L}[\\w-]*(\\.\\p{L}[\\w-]*)+");
    private static final Pattern CODE = Pattern.compile(".*([<>{}\\[\\]()#@$]|::|->|_|\\w/\\w).*");

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String w = tokens[index];
        String lw = lc(w);
        features.add("w=" + lw);
        features.add("sh=" + shape(w, false));
        features.add("ss=" + shape(w, true));
        features.add("ws=" + lw + "|" + shape(w, true));
        int n = lw.length();
        for (int k = 1; k <= 4 && k < n; k++) {
            features.add("p" + k + "=" + lw.substring(0, k));
            features.add("s" + k + "=" + lw.substring(n - k));
        }
        flags(features, w);
        for (int d = -2; d <= 2; d++) {
            if (d == 0) {
                continue;
            }
            int j = index + d;
            String other = j < 0 ? "<bos>" : j >= tokens.length ? "<eos>" : lc(tokens[j]);
            features.add("w" + d + "=" + other);
            if (Math.abs(d) == 1 && j >= 0 && j < tokens.length) {
                features.add("ss" + d + "=" + shape(tokens[j], true));
            }
        }
        String prev = index > 0 ? lc(tokens[index - 1]) : "<bos>";
        String next = index + 1 < tokens.length ? lc(tokens[index + 1]) : "<eos>";
        features.add("b-1=" + prev + "|" + lw);
        features.add("b+1=" + lw + "|" + next);
        features.add("pos=" + (index == 0 ? "first" : index + 1 == tokens.length ? "last" : "mid"));
    }

    private static void flags(List<String> features, String w) {
        boolean inner = false;
        boolean lowerSeen = false;
        boolean upperAll = true;
        boolean digit = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && lowerSeen) {
                inner = true;
            }
            lowerSeen |= Character.isLowerCase(c);
            upperAll &= !Character.isLowerCase(c);
            digit |= Character.isDigit(c);
        }
        if (inner) {
            features.add("f=innercap");
        }
        if (upperAll && w.chars().anyMatch(Character::isLetter)) {
            features.add(w.length() > 1 ? "f=allcaps" : "f=capletter");
        }
        if (Character.isUpperCase(w.charAt(0))) {
            features.add("f=initcap");
        }
        if (digit) {
            features.add(w.chars().anyMatch(Character::isLetter) ? "f=alnum" : "f=digits");
        }
        if (VERSION.matcher(w).matches()) {
            features.add("f=version");
        }
        if (DOTTED.matcher(w).matches()) {
            features.add("f=dotted");
        }
        if (w.length() > 1 && CODE.matcher(w).matches()) {
            features.add("f=code");
        }
    }

    /** Word shape: X for capitals, x lower, d digits, other characters kept; collapsed: runs of one class as one. */
    static String shape(String w, boolean collapse) {
        StringBuilder sb = new StringBuilder();
        char last = 0;
        for (int i = 0; i < w.length() && sb.length() < 12; i++) {
            char c = w.charAt(i);
            char s = Character.isUpperCase(c) ? 'X' : Character.isLowerCase(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (!collapse || s != last) {
                sb.append(s);
            }
            last = s;
        }
        return sb.toString();
    }

    private static String lc(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** XML factory: {@code <generator class="org.softkg.ner.TokenFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new TokenFeatures();
        }
    }
}
