package org.entente.extract.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.extract.actor.Entry;
import org.entente.extract.actor.Entry.Kind;
import org.entente.model.actor.ActorRole;
import org.entente.model.actor.Countries;
import org.entente.model.actor.Organization;
import org.entente.model.actor.Organizations;

/**
 * Reads actor and agent dictionaries in PETRARCH's format (the format of the Phoenix and
 * PETRARCH dictionaries) into gazetteer entries. An actor block is a phrase line
 * ({@code XI_JINPING_}, words joined by underscores), {@code +ALIAS} lines, and code lines
 * ({@code [CHNGOV >20121115]}, {@code [USAGOV 010120-050120]}); an agent line is
 * {@code PHRASE {PLURAL} [~GOV]}. A code becomes an ISO country or a CAMEO organisation code plus a
 * role; codes Entente cannot represent (fictional or retired country codes, sub-state codes without
 * a country) are skipped and counted. Phrases match whole words, ignoring case: PETRARCH's
 * prefix stems ({@code ARGENTIN}) match only that exact word.
 */
public final class PetrarchDictionary {
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern MARKER_DEFINITION = Pattern.compile("!(\\w+)!\\s*=\\s*(.*)");
    private static final Pattern MARKER = Pattern.compile("!(\\w+)!");
    /**
     * The most lines a dictionary may hold once its substitution markers are expanded (Phoenix's
     * agent dictionary makes a few thousand); more fails, rather than filling the memory.
     */
    static final int MAX_LINES = 100_000;
    private static final Pattern DATES = Pattern.compile("^(?:([<>])(\\d{6}|\\d{8})|(\\d{6}|\\d{8})-(\\d{6}|\\d{8}))$");

    /** What a dictionary gave: its entries, and how many codes were skipped. */
    public record Loaded(List<Entry> entries, int skippedCodes) {
    }

    private PetrarchDictionary() {
    }

    /** Reads a PETRARCH actor or agent dictionary. */
    public static Loaded read(Path file) {
        return read(file, Map.of());
    }

    /**
     * Reads a PETRARCH actor or agent dictionary, rewriting the country part of its codes through
     * {@code countryCodes} first (retired CAMEO codes such as UAR for Egypt, or stand-ins).
     */
    public static Loaded read(Path file, Map<String, String> countryCodes) {
        List<String> lines = PetrarchFiles.lines(file, "PETRARCH dictionary");
        List<Entry> entries = new ArrayList<>();
        int skipped = 0;
        List<String> phrases = new ArrayList<>();     // the current block's name and aliases
        List<String> blockCodes = new ArrayList<>();  // the current block's codes seen so far
        Map<String, List<String>> markers = new java.util.HashMap<>(); // !PERSON! = MAN, MEN, ...
        List<String> expanded = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String raw = lines.get(number - 1);
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')) : raw;
            Matcher definition = MARKER_DEFINITION.matcher(line.strip());
            if (definition.matches()) {
                markers.put(definition.group(1).toUpperCase(Locale.ROOT),
                        Arrays.stream(definition.group(2).split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
                continue;
            }
            expanded.addAll(substitute(line, markers, MAX_LINES - expanded.size(), file, number));
        }
        for (String line : expanded) {
            if (line.isBlank() || line.strip().startsWith("<!") || line.contains("!")) {
                continue; // comments, and substitution markers that are not defined
            }
            String text = line.strip();
            List<String> newPhrases = new ArrayList<>();
            if (!text.startsWith("[")) {
                String phrase = phrase(text.startsWith("+") ? text.substring(1) : text);
                if (!text.startsWith("+")) {
                    phrases.clear();
                    blockCodes.clear();
                }
                phrases.add(phrase);
                newPhrases.add(phrase);
                if (text.contains("~")) {
                    // An agent: its plural is given in braces ({} for none), or the regular one.
                    Matcher braces = Pattern.compile("\\{([^}]*)\\}").matcher(text);
                    String plural = braces.find() ? braces.group(1).replace('_', ' ').strip().replaceAll("\\s+", " ")
                            : text.replaceAll("[\\[{].*", "").strip().endsWith("_") || phrase.isEmpty() ? ""
                            : PetrarchVerbs.plural(phrase.toLowerCase(Locale.ROOT));
                    if (!plural.isEmpty() && !plural.equalsIgnoreCase(phrase)) {
                        phrases.add(plural);
                        newPhrases.add(plural);
                    }
                }
            }
            List<String> lineCodes = new ArrayList<>();
            Matcher codes = CODE.matcher(text);
            while (codes.find()) {
                // "[FRO/BIL/SAM]": the phrase names several actors at once ("the Shire")
                String code = codes.group(1).strip();
                String[] alternatives = code.split("\\s+", 2)[0].split("/");
                String dates = code.contains(" ") ? code.substring(code.indexOf(' ')) : "";
                for (String alternative : alternatives) {
                    if (!alternative.isBlank()) {
                        lineCodes.add(alternative.strip() + dates);
                    }
                }
            }
            // New codes apply to every phrase of the block; a phrase added after codes takes the block's codes.
            List<String> targets = lineCodes.isEmpty() ? newPhrases : phrases;
            List<String> applied = lineCodes.isEmpty() ? blockCodes : lineCodes;
            for (String code : applied) {
                Optional<List<Entry>> made = entries(targets, rewrite(code, countryCodes));
                if (made.isPresent()) {
                    entries.addAll(made.get());
                } else if (!lineCodes.isEmpty()) {
                    skipped++;
                }
            }
            blockCodes.addAll(lineCodes);
        }
        return new Loaded(List.copyOf(entries), skipped);
    }

    /**
     * The line with each substitution marker ({@code !PERSON!}) replaced by each of its words, or the
     * line itself: one line per combination of the markers' words, left to right. Markers within a
     * marker's words are not expanded (the line then keeps a {@code !} and is skipped), and an
     * undefined marker is kept as written.
     *
     * @param room   how many lines it may make
     * @param file   the dictionary, for the message
     * @param number the line's number, for the message
     * @throws IllegalArgumentException if that makes more than {@code room} lines
     */
    private static List<String> substitute(String line, Map<String, List<String>> markers, int room, Path file, int number) {
        List<String> heads = List.of("");
        Matcher m = MARKER.matcher(line);
        int from = 0;
        while (m.find()) {
            List<String> words = markers.get(m.group(1).toUpperCase(Locale.ROOT));
            if (words == null) {
                continue;
            }
            if ((long) heads.size() * words.size() > room) {
                throw new IllegalArgumentException(file + " line " + number + ": its substitution markers make the dictionary"
                        + " longer than " + MAX_LINES + " lines");
            }
            String between = line.substring(from, m.start());
            List<String> longer = new ArrayList<>();
            for (String head : heads) {
                for (String word : words) {
                    longer.add(head + between + word);
                }
            }
            heads = longer;
            from = m.end();
        }
        String rest = line.substring(from);
        return heads.stream().map(head -> head + rest).toList();
    }

    private static String rewrite(String code, Map<String, String> countryCodes) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (upper.length() >= 3 && countryCodes.containsKey(upper.substring(0, 3))) {
            return countryCodes.get(upper.substring(0, 3)) + upper.substring(3);
        }
        return code;
    }

    private static String phrase(String text) {
        String withoutCodes = CODE.matcher(text).replaceAll(" ").replaceAll("\\{[^}]*\\}", " ");
        return withoutCodes.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static List<String> tokens(String phrase) {
        return phrase.isEmpty() ? List.of() : Arrays.stream(phrase.toLowerCase(Locale.ROOT).split(" ")).toList();
    }

    private static Optional<List<Entry>> entries(List<String> phrases, String codeAndDates) {
        String[] split = codeAndDates.strip().split("\\s+", 2);
        // "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]": dates may be written with spaces
        String[] parts = split.length == 1 ? split : new String[] {split[0], split[1].replaceAll("\\s+", "")};
        String code = parts[0].toUpperCase(Locale.ROOT);
        LocalDate from = null;
        LocalDate to = null;
        if (parts.length > 1) {
            Matcher dates = DATES.matcher(parts[1]);
            if (!dates.matches()) {
                return Optional.empty();
            }
            if (dates.group(1) != null) {
                if (dates.group(1).equals(">")) {
                    from = date(dates.group(2));
                } else {
                    to = date(dates.group(2));
                }
            } else {
                from = date(dates.group(3));
                to = date(dates.group(4));
            }
        }
        boolean prefix = code.endsWith("~") && !code.startsWith("~"); // "MSF [NGO~]": NGO goes before the actor's code
        boolean agent = code.startsWith("~") || prefix;
        String body = code.replace("~", "").strip();
        if (body.isEmpty() || !body.matches("[A-Z0-9-]+")) {
            return Optional.empty(); // "[+++]", "[~]"
        }
        String country = null;
        String organization = null;
        String rest;
        if (!agent && body.startsWith("IGO")) {
            Organization match = null;
            for (Organization o : Organizations.all()) {
                if (body.startsWith(o.cameo()) && (match == null || o.cameo().length() > match.cameo().length())) {
                    match = o;
                }
            }
            if (match == null) {
                return Optional.empty();
            }
            organization = match.code();
            rest = body.substring(match.cameo().length());
        } else if (!agent) {
            if (body.length() < 3 || !Countries.isKnown(body.substring(0, 3))) {
                return Optional.empty(); // "---", fictional or retired codes
            }
            country = body.substring(0, 3);
            rest = body.substring(3);
        } else {
            rest = body;
        }
        // The first three-letter code that is a role ("~GOVMED" is GOV); an agent without one ("~MOP")
        // keeps its code alone, which composes with its actor's (GONMOP)
        ActorRole role = prefix || rest.length() < 3 ? null : role(rest.substring(0, 3));
        Kind kind = agent ? Kind.GROUP : role == null && country != null ? Kind.COUNTRY : Kind.METONYM;
        String written = agent ? (prefix ? body + "~" : "~" + body) : body;
        List<Entry> entries = new ArrayList<>();
        for (String phrase : phrases) {
            if (!phrase.isEmpty()) {
                entries.add(new Entry(tokens(phrase), false, kind, titleCase(phrase), country, organization, role, null, null,
                        from, to, null, null, List.of(), written));
            }
        }
        return Optional.of(entries);
    }

    private static ActorRole role(String code) {
        try {
            return ActorRole.ofCode(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** yymmdd (years up to 30 are 20xx) or yyyymmdd. */
    private static LocalDate date(String digits) {
        if (digits.length() == 8) {
            return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), month(digits.substring(4, 6)), day(digits.substring(6)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy <= 30 ? 2000 + yy : 1900 + yy, month(digits.substring(2, 4)), day(digits.substring(4)));
    }

    private static int month(String mm) {
        return Math.max(1, Math.min(12, Integer.parseInt(mm)));
    }

    private static int day(String dd) {
        return Math.max(1, Math.min(28, Integer.parseInt(dd)));
    }

    private static String titleCase(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String word : phrase.toLowerCase(Locale.ROOT).split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
