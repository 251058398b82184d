package org.softkg.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.softkg.model.Sentence;

/**
 * The prose of a Markdown text: markup is blanked out (replaced by spaces, so every character keeps its
 * offset), code blocks and long inline code are left out, and the text is cut into blocks (paragraphs,
 * headings, list items, table rows) that sentences do not cross. Handles ATX and setext headings, fenced
 * and indented code, block quotes (a GitHub alert's marker, "[!NOTE]", left out), lists, tables, rules,
 * links and images, reference definitions, emphasis, backslash escapes, HTML tags and comments. A bold label
 * that opens an item or a paragraph ("**Fast:**") is a heading-like block of its own. The first level-1
 * heading is the title, reduced to the name it is about ({@link HeadingName}), unless it names a section.
 *
 * @param visible the text with markup blanked, same length as the original
 * @param blocks  {@code [start, end)} block ranges, in order
 * @param title   the first level-1 heading, or {@code null}
 * @param headings start offsets of the heading blocks
 * @param items    start offsets of the list item blocks
 */
record MarkdownText(String visible, List<int[]> blocks, String title, Set<Integer> headings, Set<Integer> items) {

    /**
     * A code fence, also indented inside a list item; a backtick fence's info string holds no backtick ("```js", not
     * the inline "```npm i```").
     */
    private static final Pattern FENCE = Pattern.compile("^[ \\t]*(`{3,}(?=[^`]*$)|~{3,}).*");
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(\\s+|$)(.*?)(\\s+#+)?\\s*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern LIST = Pattern.compile("^(\\s*)([-*+]|\\d{1,9}[.)])(\\s+)");
    private static final Pattern QUOTE = Pattern.compile("^(\\s{0,3}>\\s?)+");
    /** A bold label with its colon ("**Fast:**", "__Note__:") or a bold admonition ("**Note**"), then a space. */
    private static final Pattern LABEL = Pattern.compile("\\s*(\\*{1,3}|_{1,3})(?:[^*_\\n]{1,60}?(:\\s*\\1|\\1\\s*:)"
            + "|(?i:note|notes|nb|warning|important|tip|hint|caution|info|update|deprecated)\\1)\\s+");
    /** A GitHub alert's marker, alone on the first line of a block quote: "> [!NOTE]". */
    private static final Pattern ALERT = Pattern.compile("(?i)^\\s*\\[!(note|tip|important|warning|caution)\\]\\s*$");
    private static final Pattern REF_DEF = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*\\S+.*$");
    private static final Pattern TABLE_SEP = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](\\([^)]*\\)|\\[[^\\]]*\\])");
    /** A badge: an image that is a link ("[![build](img.svg)](ci-url)", "[![npm][npm-img]][npm-url]"). */
    private static final Pattern BADGE = Pattern.compile(
            "\\[\\s*!\\[[^\\]]*\\](\\([^)]*\\)|\\[[^\\]]*\\])\\s*\\](\\([^)]*\\)|\\[[^\\]]*\\])");
    /** A bare web address in the prose ("see https://example.org/docs"). */
    private static final Pattern BARE_URL = Pattern.compile("\\b(https?|ftp)://[^\\s<>()\\[\\]]+");
    /** An emoji short code (":rocket:", ":no_entry:") standing as a word. */
    private static final Pattern SHORTCODE = Pattern.compile("(?<![\\w:]):[a-z0-9_+-]+:(?![\\w:])");
    /** An HTML character reference ("&amp;", "&#x27;", "&nbsp;"). */
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");
    /** A blank line inside markup: a paragraph break. */
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\](\\([^)]*\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?|ftp|mailto):[^>\\s]*>");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern HTML_TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(\\s[^<>]*)?/?>");
    private static final Pattern EMPHASIS = Pattern.compile("[*_~]+");
    private static final Set<String> HTML = Set.of("a", "abbr", "b", "blockquote", "br", "center", "code", "dd",
            "del", "details", "div", "dl", "dt", "em", "figcaption", "figure", "font", "h1", "h2", "h3", "h4", "h5",
            "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p", "picture", "pre", "s", "small", "source",
            "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td", "th", "thead", "tr", "u",
            "ul", "video");
    /**
     * The copyright sign, the one symbol kept in the prose: it parts a licence's name from its holder ("MIT © Jane
     * Doe"), which would otherwise run together as one name.
     */
    private static final int COPYRIGHT = 0x00A9;
    /** Inline code this short and without spaces is a name ({@code numpy}) and stays in the sentence. */
    private static final int NAME_CODE_MAX = 40;

    /** Strips {@code text}. */
    static MarkdownText of(String text) {
        char[] out = text.toCharArray();
        blankMultiLineHtml(text, out);
        List<int[]> blocks = new ArrayList<>();
        Set<Integer> headings = new HashSet<>();
        Set<Integer> items = new HashSet<>();
        List<int[]> lines = lines(text);
        String title = null;
        boolean prose = false;
        int blockStart = -1;
        String fence = null;
        boolean previousBlank = true;
        boolean inCode = false;
        for (int i = 0; i < lines.size(); i++) {
            int s = lines.get(i)[0];
            int e = lines.get(i)[1];
            String line = text.substring(s, e);
            if (fence != null) {
                blank(out, s, e);
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            Matcher m;
            if ((m = FENCE.matcher(line)).matches()) {
                blockStart = close(blocks, blockStart, s);
                fence = m.group(1).substring(0, 3);
                blank(out, s, e);
                continue;
            }
            if (line.isBlank()) {
                blockStart = close(blocks, blockStart, s);
                previousBlank = true;
                continue;
            }
            if ((previousBlank || inCode) && blockStart < 0 && (line.startsWith("    ") || line.startsWith("\t"))
                    && !LIST.matcher(line).find()) {
                blank(out, s, e);
                inCode = true;
                continue;
            }
            inCode = false;
            previousBlank = false;
            if (REF_DEF.matcher(line).matches() || RULE.matcher(line).matches() && blockStart < 0
                    || TABLE_SEP.matcher(line).matches() && line.contains("-") && line.contains("|")) {
                blockStart = close(blocks, blockStart, s);
                blank(out, s, e);
                continue;
            }
            if ((m = ATX.matcher(line)).matches()) {
                blockStart = close(blocks, blockStart, s);
                blank(out, s, s + m.start(3));
                if (m.group(4) != null) {
                    blank(out, s + m.start(4), e);
                }
                inline(text, out, s, e);
                if (title == null && !prose && m.group(1).length() == 1) {
                    title = titleOf(out, s, e);
                }
                blocks.add(new int[] {s, e});
                headings.add(s);
                continue;
            }
            if (i + 1 < lines.size() && blockStart < 0) {
                String next = text.substring(lines.get(i + 1)[0], lines.get(i + 1)[1]);
                Matcher u = SETEXT.matcher(next);
                if (u.matches() && !LIST.matcher(line).find()) {
                    inline(text, out, s, e);
                    if (title == null && !prose && u.group(1).charAt(0) == '=') {
                        title = titleOf(out, s, e);
                    }
                    blocks.add(new int[] {s, e});
                    headings.add(s);
                    blank(out, lines.get(i + 1)[0], lines.get(i + 1)[1]);
                    i++;
                    previousBlank = true;
                    continue;
                }
            }
            int content = s;
            if ((m = QUOTE.matcher(line)).find()) {
                blank(out, s, s + m.end());
                content = s + m.end();
                if (ALERT.matcher(text.substring(content, e)).matches()) {
                    blockStart = close(blocks, blockStart, s);
                    blank(out, content, e);
                    continue;
                }
            }
            m = LIST.matcher(text.substring(content, e));
            boolean table = line.strip().startsWith("|") || line.strip().endsWith("|");
            boolean item = m.find();
            if (item || table) {
                // each list item and each table row is a block of its own
                blockStart = close(blocks, blockStart, s);
                if (!table) {
                    blank(out, content + m.start(2), content + m.end(2));
                    items.add(s);
                }
                blockStart = s;
            } else if (blockStart < 0) {
                blockStart = s;
            }
            if (blockStart == s) {
                // a bold label that opens an item or a paragraph ("- **Fast:** Quill builds ...") is a block of its own
                int from = item && !table ? content + m.end() : content;
                Matcher label = LABEL.matcher(text.substring(from, e));
                if (label.lookingAt() && text.substring(from + label.end(), e).chars().anyMatch(Character::isLetter)) {
                    int end = from + label.end();
                    blocks.add(new int[] {s, end});
                    headings.add(s);
                    if (items.contains(s)) {
                        items.add(end);
                    }
                    blockStart = end;
                }
            }
            inline(text, out, content, e);
            prose |= hasLetter(out, content, e);
            if (table) {
                for (int k = s; k < e; k++) {
                    if (text.charAt(k) == '|') {
                        out[k] = ' ';
                    }
                }
                blockStart = close(blocks, blockStart, e);
            }
        }
        close(blocks, blockStart, text.length());
        return new MarkdownText(new String(out), blocks, title, headings, items);
    }

    /** The kind of the block in which the character at {@code offset} lies. */
    Sentence.Block blockAt(int offset) {
        int[] b = PlainLines.blockAt(blocks, offset);
        return b == null ? Sentence.Block.TEXT : headings.contains(b[0]) ? Sentence.Block.HEADING
                : items.contains(b[0]) ? Sentence.Block.ITEM : Sentence.Block.TEXT;
    }

    /**
     * The title of a heading line: its visible text with the emoji and symbols at its edges left out
     * ("🎭 Quill" and "Quill ⚡" give "Quill"), reduced to the name it is about ({@link HeadingName}); none for a
     * heading that only names a section ("Description"), so that a later level-1 heading or the file name is.
     */
    private static String titleOf(char[] out, int s, int e) {
        String t = new String(out, s, e - s).strip().replaceAll("\\s+", " ");
        int from = 0;
        int to = t.length();
        while (from < to && !Character.isLetterOrDigit(t.codePointAt(from)) && isSymbol(t.codePointAt(from))) {
            from += Character.charCount(t.codePointAt(from));
        }
        while (to > from && !Character.isLetterOrDigit(t.codePointBefore(to)) && isSymbol(t.codePointBefore(to))) {
            to -= Character.charCount(t.codePointBefore(to));
        }
        t = t.substring(from, to).strip();
        return t.isEmpty() || HeadingName.isSection(t) ? null : HeadingName.of(t);
    }

    /** An emoji, a pictograph, a variation selector or a joiner: nothing a name is made of. */
    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || type == Character.OTHER_SYMBOL || type == Character.FORMAT
                || type == Character.SURROGATE || cp == 0xFE0F || cp == 0x20E3;
    }

    private static boolean hasLetter(char[] out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.isLetter(out[k])) {
                return true;
            }
        }
        return false;
    }

    /** Markup that goes on over a line end but stays in one paragraph (no blank line), of a sane length. */
    private static boolean spansLines(String markup) {
        return markup.indexOf('\n') >= 0 && markup.length() <= 400 && !BLANK_LINE.matcher(markup).find();
    }

    /**
     * Links, images, HTML tags and comments that span lines ("<img src=... \n alt=... />"), blanked before the lines
     * are read one by one (a tag on one line is blanked with the line's other inline markup).
     */
    private static void blankMultiLineHtml(String text, char[] out) {
        Matcher m = HTML_TAG.matcher(text);
        while (m.find()) {
            if (m.group().indexOf('\n') >= 0 && HTML.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                blank(out, m.start(), m.end());
            }
        }
        for (Pattern p : List.of(BADGE, IMAGE)) {
            m = p.matcher(text);
            while (m.find()) {
                if (spansLines(m.group())) {
                    blank(out, m.start(), m.end());
                }
            }
        }
        m = LINK.matcher(text);
        while (m.find()) {
            if (spansLines(m.group()) && out[m.start()] != ' ') {
                blank(out, m.start(), m.start(1));
                blank(out, m.end(1), m.end());
            }
        }
        int from = 0;
        int comment;
        while ((comment = text.indexOf("<!--", from)) >= 0) {
            int end = text.indexOf("-->", comment);
            int stop = end < 0 ? text.length() : end + 3;
            if (text.substring(comment, stop).indexOf('\n') >= 0) {
                blank(out, comment, stop);
            }
            from = stop;
        }
    }

    /** Inline markup of one line: code spans, images, links, autolinks, HTML, escapes, emphasis. */
    private static void inline(String text, char[] out, int s, int e) {
        String line = text.substring(s, e);
        Matcher m = CODE_SPAN.matcher(line);
        boolean[] code = new boolean[line.length()];
        while (m.find()) {
            String inner = m.group(2).strip();
            if (inner.isEmpty() || inner.length() > NAME_CODE_MAX || inner.chars().anyMatch(Character::isWhitespace)) {
                blank(out, s + m.start(), s + m.end());
            } else {
                blank(out, s + m.start(), s + m.start(2));
                blank(out, s + m.end(2), s + m.end());
            }
            for (int k = m.start(); k < m.end(); k++) {
                code[k] = true;
            }
        }
        blankOutsideCode(line, code, out, s, BADGE, IMAGE);
        m = LINK.matcher(line);
        while (m.find()) {
            if (!code[m.start()] && out[s + m.start()] != ' ') {
                blank(out, s + m.start(), s + m.start(1));
                blank(out, s + m.end(1), s + m.end());
            }
        }
        m = AUTOLINK.matcher(line);
        while (m.find()) {
            blank(out, s + m.start(), s + m.end());
        }
        blankOutsideCode(line, code, out, s, BARE_URL, SHORTCODE, ENTITY);
        for (int k = 0; k < line.length(); k++) {
            int cp = line.codePointAt(k);
            if (!code[k] && isSymbol(cp) && !Character.isWhitespace(line.charAt(k)) && cp != COPYRIGHT) {
                out[s + k] = ' ';
            }
        }
        int comment = line.indexOf("<!--");
        if (comment >= 0) {
            int end = line.indexOf("-->", comment);
            blank(out, s + comment, end < 0 ? e : s + end + 3);
        }
        m = HTML_TAG.matcher(line);
        while (m.find()) {
            if (!code[m.start()] && HTML.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                blank(out, s + m.start(), s + m.end());
            }
        }
        for (int k = 0; k + 1 < line.length(); k++) {
            if (line.charAt(k) == '\\' && !code[k] && isPunct(line.charAt(k + 1))) {
                out[s + k] = ' ';
                k++;
            }
        }
        m = EMPHASIS.matcher(line);
        while (m.find()) {
            if (code[m.start()]) {
                continue;
            }
            boolean before = m.start() > 0 && Character.isLetterOrDigit(line.charAt(m.start() - 1));
            boolean after = m.end() < line.length() && Character.isLetterOrDigit(line.charAt(m.end()));
            if (!(before && after)) {
                blank(out, s + m.start(), s + m.end());
            }
        }
    }

    /** Blanks the matches of {@code patterns} in {@code line} (at {@code s} in {@code out}) that open outside code. */
    private static void blankOutsideCode(String line, boolean[] code, char[] out, int s, Pattern... patterns) {
        for (Pattern p : patterns) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                if (!code[m.start()]) {
                    blank(out, s + m.start(), s + m.end());
                }
            }
        }
    }

    private static boolean isPunct(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
    }

    private static int close(List<int[]> blocks, int start, int end) {
        if (start >= 0 && end > start) {
            blocks.add(new int[] {start, end});
        }
        return -1;
    }

    private static void blank(char[] out, int from, int to) {
        for (int k = from; k < to; k++) {
            if (out[k] != '\n') {
                out[k] = ' ';
            }
        }
    }

    /** {@code [start, end)} of each line without its line end. */
    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lines.add(new int[] {start, contentEnd});
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }
}
