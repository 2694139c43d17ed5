package org.entente.extract.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.event.Trigger;
import org.entente.extract.event.Trigger.Element;
import org.entente.extract.event.Trigger.Kind;
import org.entente.extract.text.Token;
import org.entente.extract.text.Tokenizer;
import org.entente.model.cameo.Cameo;
import org.entente.model.cameo.CameoCode;
import org.entente.model.cameo.PloverCoding;

/**
 * Reads a verb dictionary in PETRARCH's format ({@code CAMEO.2.0.txt}, {@code PETR.Validate.verbs.txt})
 * into triggers.
 *
 * <ul>
 * <li>A block starts with {@code --- NAME [code] ---}; the code (or {@code ---}, no event) is what the
 *     verb alone codes. The lines after it are the block's verbs: {@code WORD}, {@code WORD {IRREGULAR FORMS}},
 *     multi-word verbs joined with {@code _} whose verb word is marked with {@code +}
 *     ({@code +CORDON_OFF {+CORDONED_OFF ...}}, {@code WIRE_+TAP}), each optionally with a code of its own.</li>
 * <li>{@code - UPPER * LOWER [code]} is a pattern: words before and after the verb ({@code *}). Words
 *     joined with {@code _} must be consecutive, words separated by spaces may have others between
 *     them; {@code $} is the source, {@code +} the target, {@code %} a compound actor whose members act
 *     on each other, {@code ^} skips an actor or a word; {@code &NAME} is any phrase of a synset;
 *     {@code {A B}} is a noun phrase (consecutive words), {@code (PREP ...)} a prepositional phrase,
 *     {@code A|B} alternatives.</li>
 * <li>{@code &NAME} followed by {@code +PHRASE} lines defines a synset; phrases get a regular plural
 *     unless the name or the phrase ends with {@code _}; a phrase may name another synset.</li>
 * <li>Codes: {@code [A:B]} codes A from source to target and B from target to source ({@code [:B]} only
 *     the latter); {@code ---} codes nothing, so a pattern with it stops the verb from coding. A code
 *     with a suffix ({@code 075A}, {@code 023?}) is read as its digits. Codes that are not CAMEO codes
 *     with a PLOVER coding (and codes without digits) are skipped and counted.</li>
 * </ul>
 *
 * A pattern's words match words as written, ignoring case (a synset's phrases also in their plural);
 * its verb forms match as Entente's lexicon forms do (any regular inflection, or the lemma). Verb
 * transformations ({@code ~ ...}) and TABARI's stemmed words are not supported. Each pattern becomes
 * one {@link Trigger} carrying a {@link Trigger.Pattern}; words joined to the verb after it
 * ({@code *_UP}) become part of its forms ("set up").
 */
public final class PetrarchVerbs {
    private static final Pattern CODE_DIGITS = Pattern.compile("^(\\d{2,4})[A-Za-z?]*$");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)([A-Z]+)[ _]N'T\\b");

    /**
     * What a dictionary gave.
     *
     * @param triggers the triggers, in dictionary order
     * @param blocks   the verb blocks read
     * @param patterns the patterns read (each may make a trigger)
     * @param skipped  patterns and verbs skipped for a code Entente cannot use or an undefined synset
     */
    public record Loaded(List<Trigger> triggers, int blocks, int patterns, int skipped) {
    }

    private final Tokenizer tokenizer = new Tokenizer();
    private final Map<String, String> codeMap;
    private final Map<String, List<String>> synsetLines = new HashMap<>();
    private final Set<String> noPlural = new java.util.HashSet<>();
    private final Map<String, List<List<String>>> synsets = new HashMap<>();
    private final List<Trigger> triggers = new ArrayList<>();
    private int blocks;
    private int patterns;
    private int skipped;
    private int order;

    private PetrarchVerbs(Map<String, String> codeMap) {
        Map<String, String> upper = new HashMap<>();
        codeMap.forEach((k, v) -> upper.put(k.strip().toUpperCase(Locale.ROOT), v.strip()));
        this.codeMap = upper;
    }

    /** Reads a PETRARCH verb dictionary. */
    public static Loaded read(Path file) {
        return read(file, Map.of());
    }

    /**
     * Reads a PETRARCH verb dictionary, first rewriting its codes through {@code codeMap} (a code as
     * written, such as {@code 174K}, to a CAMEO code).
     */
    public static Loaded read(Path file, Map<String, String> codeMap) {
        List<String> lines = PetrarchFiles.lines(file, "PETRARCH verb dictionary");
        return parse(lines, codeMap);
    }

    /** Reads the lines of a PETRARCH verb dictionary. */
    public static Loaded parse(List<String> lines, Map<String, String> codeMap) {
        PetrarchVerbs reader = new PetrarchVerbs(codeMap);
        List<String> clean = lines.stream().map(PetrarchVerbs::withoutComment).toList();
        reader.readSynsets(clean);
        reader.readBlocks(clean);
        return new Loaded(List.copyOf(reader.triggers), reader.blocks, reader.patterns, reader.skipped);
    }

    /** The line without its {@code #} comment (a {@code #} inside a code such as {@code [###]} is kept) and XML comments. */
    private static String withoutComment(String raw) {
        String line = raw.strip();
        if (line.startsWith("<")) {
            return "";
        }
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == '#' && depth == 0) {
                return line.substring(0, i).strip();
            }
        }
        return line;
    }

    private void readSynsets(List<String> lines) {
        String current = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("&")) {
                String name = line.split("\\s+")[0];
                if (name.endsWith("_")) {
                    name = name.substring(0, name.length() - 1);
                    noPlural.add(name.toUpperCase(Locale.ROOT));
                }
                current = name.toUpperCase(Locale.ROOT);
                synsetLines.put(current, new ArrayList<>());
            } else if (line.startsWith("+") && current != null) {
                synsetLines.get(current).add(line.substring(1).strip());
            } else {
                current = null;
            }
        }
    }

    /** The phrases of synset {@code name} (with {@code &}), each a token sequence; empty if it is not defined. */
    private List<List<String>> synset(String name, int depth) {
        String key = name.toUpperCase(Locale.ROOT);
        if (key.endsWith("_")) {
            key = key.substring(0, key.length() - 1);
        }
        List<List<String>> known = synsets.get(key);
        if (known != null) {
            return known;
        }
        List<String> members = synsetLines.get(key);
        if (members == null || depth > 8) {
            return List.of();
        }
        Set<List<String>> phrases = new LinkedHashSet<>();
        for (String member : members) {
            boolean plural = !noPlural.contains(key) && !member.endsWith("_");
            String text = NEGATIVE.matcher(member.endsWith("_") ? member.substring(0, member.length() - 1) : member)
                    .replaceAll("$1N'T");
            List<List<String>> expanded = List.of(List.of());
            for (String word : text.split("[\\s_]+")) {
                if (word.isEmpty()) {
                    continue;
                }
                List<List<String>> parts = word.startsWith("&") ? synset(word, depth + 1) : List.of(words(word));
                if (word.startsWith("&")) {
                    plural = false;
                }
                expanded = product(expanded, parts);
            }
            for (List<String> phrase : expanded) {
                if (phrase.isEmpty()) {
                    continue;
                }
                phrases.add(phrase);
                if (plural) {
                    List<String> p = new ArrayList<>(phrase);
                    p.set(p.size() - 1, plural(p.get(p.size() - 1)));
                    phrases.add(p);
                }
            }
        }
        List<List<String>> result = List.copyOf(phrases);
        synsets.put(key, result);
        return result;
    }

    private static List<List<String>> product(List<List<String>> heads, List<List<String>> tails) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> head : heads) {
            for (List<String> tail : tails) {
                List<String> joined = new ArrayList<>(head);
                joined.addAll(tail);
                out.add(joined);
            }
        }
        return out;
    }

    /** A regular English plural, as PETRARCH makes a synset phrase's. */
    static String plural(String word) {
        if (word.length() > 1 && word.endsWith("y") && "aeiou".indexOf(word.charAt(word.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (word.endsWith("s") || word.endsWith("x") || word.endsWith("z") || word.endsWith("ch") || word.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    /** The lower-case tokens of a dictionary word or phrase, as Entente's tokenizer splits text ("ANTI-" is "anti", "-"). */
    private List<String> words(String text) {
        String joined = NEGATIVE.matcher(text).replaceAll("$1N'T"); // TreeBank's "DID N'T" is the text's "didn't"
        List<String> out = new ArrayList<>();
        for (String part : joined.replace('_', ' ').strip().split("\\s+")) {
            if (!part.isEmpty()) {
                tokenizer.tokenize(part.toLowerCase(Locale.ROOT), 0).stream().map(Token::lower).forEach(out::add);
            }
        }
        return out;
    }

    /** A verb block being read. */
    private static final class Block {
        final Code code;
        final List<List<String>> forms = new ArrayList<>();

        Block(Code code) {
            this.code = code;
        }
    }

    private void readBlocks(List<String> lines) {
        Block block = null;
        boolean inSynset = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("---")) {
                inSynset = false;
                blocks++;
                block = new Block(code(firstCode(line).orElse("---")));
            } else if (line.startsWith("&")) {
                inSynset = true;
            } else if (line.startsWith("+") && inSynset) {
                continue;
            } else if (line.startsWith("-")) {
                inSynset = false;
                if (block != null) {
                    patterns++;
                    pattern(block, line.substring(1).strip());
                }
            } else if (line.startsWith("~")) {
                inSynset = false; // verb transformations are not supported
            } else if (block != null) {
                inSynset = false;
                verb(block, line);
            }
        }
    }

    private static Optional<String> firstCode(String line) {
        Matcher m = Pattern.compile("\\[([^\\]]*)\\]").matcher(line);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** A verb line: its forms join the block; with a code (its own or the block's) the verb alone codes an event. */
    private void verb(Block block, String line) {
        String text = line;
        Optional<String> own = Optional.empty();
        int bracket = text.indexOf('[');
        if (bracket >= 0) {
            own = firstCode(text);
            text = text.substring(0, bracket).strip();
        }
        List<String> written = new ArrayList<>();
        int brace = text.indexOf('{');
        if (brace >= 0) {
            int close = text.indexOf('}', brace);
            String irregular = text.substring(brace + 1, close < 0 ? text.length() : close);
            text = text.substring(0, brace).strip();
            written.add(text);
            for (String form : irregular.split("\\s+")) {
                if (!form.isBlank()) {
                    written.add(form);
                }
            }
        } else {
            written.add(text);
        }
        List<List<String>> forms = new ArrayList<>();
        for (String form : written) {
            List<String> tokens = words(form.replace("+", ""));
            if (!tokens.isEmpty() && !forms.contains(tokens)) {
                forms.add(tokens);
            }
        }
        if (forms.isEmpty()) {
            return;
        }
        block.forms.addAll(forms);
        Code code = own.map(this::code).orElse(block.code);
        if (code.invalid()) {
            skipped++;
        } else if (!code.isNone()) {
            add(forms, List.of(), List.of(), code);
        }
    }

    private void pattern(Block block, String text) {
        int open = text.lastIndexOf('[');
        int close = text.lastIndexOf(']');
        int star = text.indexOf('*');
        if (open < 0 || close < open || star < 0 || star > open || block.forms.isEmpty()) {
            skipped++;
            return;
        }
        Code code = code(text.substring(open + 1, close).strip());
        if (code.invalid()) {
            skipped++;
            return;
        }
        List<Element> upper = items(text.substring(0, star), true);
        List<Element> lower = items(text.substring(star + 1, open), false);
        if (upper == null || lower == null) {
            skipped++;
            return;
        }
        // Words joined to the verb after it are part of its form: "*_UP" makes "set up".
        List<String> suffix = new ArrayList<>();
        int k = 0;
        while (k < lower.size() && lower.get(k).adjacent() && lower.get(k).kind() == Kind.WORDS
                && lower.get(k).phrases().size() == 1) {
            suffix.addAll(lower.get(k).phrases().get(0));
            k++;
        }
        List<List<String>> forms = new ArrayList<>();
        for (List<String> form : block.forms) {
            List<String> f = new ArrayList<>(form);
            f.addAll(suffix);
            forms.add(f);
        }
        List<Element> before = new ArrayList<>();
        for (int i = upper.size() - 1; i >= 0; i--) {
            before.add(upper.get(i));
        }
        List<Element> after = lower.subList(k, lower.size());
        add(forms, before, after, code);
    }

    /**
     * The elements of one side of a pattern, in text order, each marked adjacent when joined with
     * {@code _} to its neighbour toward the verb; null if the side names an undefined synset.
     */
    private List<Element> items(String side, boolean upper) {
        String text = side;
        // {A B} is a noun phrase: its words are consecutive.
        StringBuilder sb = new StringBuilder();
        boolean inBraces = false;
        for (char c : text.toCharArray()) {
            if (c == '{') {
                inBraces = true;
            } else if (c == '}') {
                inBraces = false;
            } else if (c == '(' || c == ')') {
                sb.append(' ');
            } else {
                sb.append(inBraces && c == ' ' ? '_' : c);
            }
        }
        text = NEGATIVE.matcher(sb.toString()).replaceAll("$1N'T");
        text = text.replaceAll("_\\s+", " ");           // TABARI's "WORD_ " is an open match
        if (!upper) {
            text = text.replaceAll("_+$", "");
        } else {
            text = text.replaceAll("^_+", "");
        }
        boolean joinedToVerb = upper ? text.endsWith("_") : text.startsWith("_");
        // Split into items and the connectors between them.
        List<String> words = new ArrayList<>();
        List<Boolean> joinedBefore = new ArrayList<>(); // joined to the previous item with '_'
        StringBuilder word = new StringBuilder();
        boolean underscore = false;
        boolean join = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '_' || Character.isWhitespace(c)) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    joinedBefore.add(join);
                    word.setLength(0);
                    underscore = false;
                }
                underscore |= c == '_';
            } else {
                if (word.isEmpty()) {
                    join = underscore && !words.isEmpty();
                }
                word.append(c);
            }
        }
        List<Element> items = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean adjacent;
            if (upper) {
                adjacent = i + 1 < words.size() ? joinedBefore.get(i + 1) : joinedToVerb;
            } else {
                adjacent = i == 0 ? joinedToVerb : joinedBefore.get(i);
            }
            Element element = element(words.get(i), adjacent);
            if (element == null) {
                return null;
            }
            items.add(element);
        }
        return items;
    }

    private Element element(String item, boolean adjacent) {
        switch (item) {
            case "$" -> {
                return new Element(Kind.SOURCE, List.of(), adjacent);
            }
            case "+" -> {
                return new Element(Kind.TARGET, List.of(), adjacent);
            }
            case "%" -> {
                return new Element(Kind.COMPOUND, List.of(), adjacent);
            }
            case "^" -> {
                return new Element(Kind.SKIP, List.of(), adjacent);
            }
            default -> {
                List<List<String>> phrases = new ArrayList<>();
                for (String alternative : item.split("\\|")) {
                    if (alternative.startsWith("&")) {
                        List<List<String>> members = synset(alternative, 0);
                        if (members.isEmpty()) {
                            return null;
                        }
                        phrases.addAll(members);
                    } else if (!alternative.isEmpty()) {
                        List<String> tokens = words(alternative);
                        if (!tokens.isEmpty()) {
                            phrases.add(tokens);
                        }
                    }
                }
                return phrases.isEmpty() ? new Element(Kind.SKIP, List.of(), adjacent) : new Element(Kind.WORDS, phrases, adjacent);
            }
        }
    }

    /** A pattern's or verb's code: forward and reverse CAMEO codes, either absent. */
    private record Code(CameoCode forward, CameoCode reverse, boolean invalid, boolean silent) {
        boolean isNone() {
            return forward == null && reverse == null;
        }
    }

    private Code code(String written) {
        String text = written.strip();
        if (text.equals("---") || text.isEmpty()) {
            return new Code(null, null, false, true);
        }
        String[] parts = text.split(":", -1);
        if (parts.length > 2) {
            return new Code(null, null, true, false);
        }
        Optional<CameoCode> forward = Optional.empty();
        boolean invalid = false;
        if (!parts[0].isBlank() && !parts[0].strip().equals("---")) {
            forward = cameo(parts[0]);
            invalid = forward.isEmpty();
        }
        Optional<CameoCode> reverse = Optional.empty();
        if (parts.length == 2 && !parts[1].isBlank() && !parts[1].strip().equals("---")) {
            reverse = cameo(parts[1]);
            invalid = invalid || reverse.isEmpty();
        }
        return new Code(forward.orElse(null), reverse.orElse(null), invalid, false);
    }

    /** A written code as a CAMEO code with a PLOVER coding: mapped, then read as its digits. */
    private Optional<CameoCode> cameo(String written) {
        String text = written.strip();
        String mapped = codeMap.getOrDefault(text.toUpperCase(Locale.ROOT), text);
        Matcher m = CODE_DIGITS.matcher(mapped);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Cameo.find(m.group(1)).filter(c -> c.ploverCoding().isPresent());
    }

    private void add(List<List<String>> forms, List<Element> before, List<Element> after, Code code) {
        order++;
        // The reverse entry is never looked up by itself; it carries an empty pattern to say it is PETRARCH's.
        Trigger reverse = code.reverse() == null ? null
                : trigger(forms, code.reverse(), new Trigger.Pattern(List.of(), List.of(), null, order));
        Trigger.Pattern pattern = new Trigger.Pattern(before, after, reverse, order);
        triggers.add(code.forward() == null
                ? new Trigger(forms, Set.of(), false, null, null, null, List.of(), Set.of(), pattern)
                : trigger(forms, code.forward(), pattern));
    }

    private static Trigger trigger(List<List<String>> forms, CameoCode code, Trigger.Pattern pattern) {
        PloverCoding coding = code.ploverCoding().orElseThrow();
        return new Trigger(forms, Set.of(), false, coding.type(), coding.mode(), code.code(), coding.contexts(), Set.of(),
                pattern);
    }
}
