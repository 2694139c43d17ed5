package org.entente.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into tokens for dictionary look-up. Dotted abbreviations stay whole
 * ({@code U.S.}), so do hyphenated compounds ({@code anti-China}, {@code US-based}, {@code Lee–Xi});
 * a possessive {@code 's} becomes a token of its own. Thread-safe; linear in the input.
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?:\\p{Lu}\\.){2,}(?:[-–]\\p{L}[\\p{L}\\p{M}]*)*"                     // U.S., U.S.-affiliated
            + "|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:[-–'’.][\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*)*" // words, 042660.KS
            + "|\\S");

    /** The tokens of {@code sentence}, which starts at {@code offset} in the cleaned text. */
    public List<Token> tokenize(String sentence, int offset) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String text = m.group();
            int start = offset + m.start();
            int apostrophe = possessive(text);
            if (apostrophe > 0) {
                tokens.add(Token.of(text.substring(0, apostrophe), start));
                tokens.add(Token.of(text.substring(apostrophe), start + apostrophe));
            } else {
                tokens.add(Token.of(text, start));
            }
        }
        return tokens;
    }

    /** Index of the apostrophe of a trailing possessive ('s, ’s), or -1. */
    private static int possessive(String text) {
        int n = text.length();
        if (n > 2 && (text.endsWith("'s") || text.endsWith("’s") || text.endsWith("'S") || text.endsWith("’S"))) {
            return n - 2;
        }
        return -1;
    }
}
