package io.alephmonitor.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Text as the full-text index sees it, the same way when it is indexed and when it is searched.
 *
 * <p>The index uses SQLite's {@code unicode61} tokenizer (letters and digits of every script, case and accents
 * folded). Chinese and Japanese are written without spaces, so {@code unicode61} would make a whole sentence one
 * token and "灯塔" inside it could not be found; we therefore space out every Han, Hiragana and Katakana
 * character before indexing, and search a run of them as a phrase of single characters, which finds a word
 * anywhere in a sentence. (The {@code trigram} tokenizer would find substrings too, but not the many two-character
 * Chinese words, and its index is about three times larger.)
 *
 * <p>A query is built only of quoted tokens made of letters and digits, so whatever the user types (quotes,
 * colons, stars, AND/OR/NOT, parentheses) can never break the FTS5 syntax.
 */
final class SearchText {

    private SearchText() {
    }

    /** The text to index: CJK characters spaced out, everything else as it is; "" for null. */
    static String forIndex(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (isSpacedScript(cp)) {
                out.append(' ').appendCodePoint(cp).append(' ');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /**
     * The FTS5 MATCH expression for what the user typed: every word (or "quoted phrase") must occur; a word also
     * matches as the start of a longer one (as you type), a quoted phrase only exactly. Null when the text holds
     * no letter or digit (nothing to match on).
     */
    static String matchExpression(String typed) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        StringBuilder term = new StringBuilder();
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '"') {
                addTerm(parts, term.toString(), quoted);
                term.setLength(0);
                quoted = !quoted;
            } else if (Character.isWhitespace(c) && !quoted) {
                addTerm(parts, term.toString(), false);
                term.setLength(0);
            } else {
                term.append(c);
            }
        }
        addTerm(parts, term.toString(), false); // a phrase still being typed (no closing quote yet) matches as it goes
        return parts.isEmpty() ? null : String.join(" AND ", parts);
    }

    /** A column filter: tasks whose column holds this text as a phrase; null when it has no token. */
    static String columnPhrase(String column, String text) {
        List<String> tokens = tokens(text);
        return tokens.isEmpty() ? null : "{" + column + "} : \"" + String.join(" ", tokens) + "\"";
    }

    private static void addTerm(List<String> parts, String term, boolean exact) {
        List<String> tokens = tokens(term);
        if (!tokens.isEmpty()) {
            // A token is letters and digits only: nothing inside the quotes needs escaping.
            parts.add("\"" + String.join(" ", tokens) + "\"" + (exact ? "" : "*"));
        }
    }

    /** The tokens unicode61 would make of this text (after {@link #forIndex}); case is left to the tokenizer. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isSpacedScript(cp)) {
                flush(tokens, token);
                tokens.add(Character.toString(cp));
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.PRIVATE_USE
                    || Character.getType(cp) == Character.NON_SPACING_MARK) {
                token.appendCodePoint(cp);
            } else {
                flush(tokens, token);
            }
        });
        flush(tokens, token);
        return tokens;
    }

    private static void flush(List<String> tokens, StringBuilder token) {
        if (!token.isEmpty()) {
            tokens.add(token.toString());
            token.setLength(0);
        }
    }

    private static boolean isSpacedScript(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
