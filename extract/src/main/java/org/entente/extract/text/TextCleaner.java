package org.entente.extract.text;

import java.util.Set;
import org.entente.extract.pipeline.Layer;
import org.entente.extract.pipeline.Stage;
import org.entente.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * First stage: raw article text or HTML to {@link CleanText}. HTML is parsed with jsoup and reduced
 * to its text blocks; then page furniture (navigation, share and follow prompts, "Published on",
 * comment counters, photo credits, site names) is dropped line by line, a line that only states a
 * date becomes the printed publication date, and a leading short line without closing punctuation
 * becomes the headline. Thread-safe; linear in the input.
 */
public final class TextCleaner implements Stage {
    /** The cleaned text, its paragraphs, headline and printed date. */
    public static final Layer<CleanText> CLEAN_TEXT = Layer.of("clean text", CleanText.class);

    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:"
            + "connect with us|published|published on|on|updated|by|share|share this(?: article| story)?|print|email"
            + "|advertisement|sponsored|comments?\\s*\\d*|\\d+\\s+comments?|leave a comment|add comment"
            + "|(?:follow|subscribe|sign up|read more|related|see also|click here|also read|watch|listen)\\b.*"
            + "|.*\\b(?:like|follow) us on (?:facebook|twitter|instagram|x|linkedin|telegram|youtube)\\b.*"
            + "|(?:photo|image|picture|credit|source|file photo)s?\\s*:.*"
            + "|(?:tags?|topics?|categories)\\s*:.*|copyright\\b.*|©.*|all rights reserved\\.?"
            + "|news|world|politics|business|opinion|home|menu|search|asia|video|sports?|latest|top stories"
            + "|[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|net|org|news|info|co|io)(?:\\.[a-z]{2})?)$");
    private static final Pattern CREDIT = Pattern.compile(
            "\\s*\\((?:photo|image|picture|credit|handout|file photo|getty images)\\b[^)]{0,80}\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L}.]*(?: [\\p{Lu}][\\p{L}.]*){0,3} \\((\\d{1,2})/(\\d{1,2})/(\\d{4})\\):\\s+");
    /** "SEOUL, March 3 (Reuters) -", "WASHINGTON, Oct. 31, 2025 (AP) —": a wire dateline. */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]+, (?<month>\\p{Lu}[a-z]{2,8}\\.?) (?<day>\\d{1,2})(?:, (?<year>\\d{4}))? \\([^)]{1,40}\\) [-–—]\\s*");
    private static final int MAX_HEADLINE_WORDS = 25;
    /** Furniture is a short line; a long one that ends in "follow us on ..." is a paragraph (a CMS body without line breaks). */
    private static final int MAX_FURNITURE_LENGTH = 250;
    private static final int MAX_HEADING_WORDS = 15;

    /**
     * Cleans an article.
     *
     * @param raw   the article as received
     * @param html  whether {@code raw} is HTML
     * @param title the headline given with the article, or null to look for one
     */
    public CleanText clean(String raw, boolean html, String title) {
        List<String> lines = new ArrayList<>();
        LocalDate printed = null;
        String foundTitle = title;
        if (html) {
            Document doc = Jsoup.parse(raw);
            printed = metadataDate(doc).orElse(null);
            if (foundTitle == null) {
                Element h1 = doc.selectFirst("h1");
                foundTitle = h1 != null && !h1.text().isBlank() ? h1.text() : blankToNull(doc.title());
            }
            lines.addAll(blocks(doc));
        } else {
            lines.addAll(raw.replace("\r\n", "\n").replace('\r', '\n').lines().toList());
        }

        StringBuilder text = new StringBuilder();
        List<Paragraph> paragraphs = new ArrayList<>();
        for (String rawLine : lines) {
            String line = normalizeSpace(rawLine);
            if (line.isEmpty() || line.length() <= MAX_FURNITURE_LENGTH && FURNITURE.matcher(line).matches()) {
                continue;
            }
            Optional<LocalDate> dateLine = PrintedDates.parseLine(line);
            if (dateLine.isPresent()) {
                printed = printed == null ? dateLine.get() : printed;
                continue;
            }
            var wire = WIRE_DATELINE.matcher(line);
            if (wire.find()) {
                if (printed == null && wire.group("year") != null) {
                    printed = PrintedDates.parseLine(wire.group("month") + " " + wire.group("day") + ", " + wire.group("year"))
                            .orElse(null);
                }
                line = line.substring(wire.end());
            }
            var dateline = SOURCE_DATELINE.matcher(line);
            if (dateline.find()) {
                printed = printed == null ? unambiguousDayMonth(dateline.group(1), dateline.group(2), dateline.group(3)) : printed;
                line = line.substring(dateline.end());
            }
            line = CREDIT.matcher(line).replaceAll("").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            int start = text.length();
            text.append(line);
            paragraphs.add(new Paragraph(start, text.length(), isHeading(line, MAX_HEADING_WORDS)));
        }
        if (foundTitle == null && !paragraphs.isEmpty() && isHeading(firstLine(text, paragraphs), MAX_HEADLINE_WORDS)) {
            foundTitle = firstLine(text, paragraphs);
        }
        return new CleanText(text.toString(), blankToNull(foundTitle), printed, paragraphs);
    }

    private static String firstLine(CharSequence text, List<Paragraph> paragraphs) {
        Paragraph first = paragraphs.get(0);
        return text.subSequence(first.start(), first.end()).toString();
    }

    /** The text blocks of an HTML page, without scripts, navigation, headers, footers and forms. */
    private static List<String> blocks(Document doc) {
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, button, svg, "
                + "figure, [role=navigation], [aria-hidden=true]").remove();
        Element root = Optional.ofNullable(doc.selectFirst("article")).orElse(doc.body());
        if (root == null) {
            return List.of();
        }
        Elements blocks = root.select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt");
        List<String> lines = new ArrayList<>();
        for (Element block : blocks) {
            if (block.selectFirst("p, li, blockquote, h1, h2, h3, h4, h5, h6") == null || block.is("p")) {
                lines.add(block.text());
            }
        }
        if (lines.isEmpty()) {
            lines.addAll(root.wholeText().lines().toList());
        }
        return lines;
    }

    private static Optional<LocalDate> metadataDate(Document doc) {
        for (String query : List.of("meta[property=article:published_time]", "meta[name=date]", "meta[itemprop=datePublished]")) {
            Element meta = doc.selectFirst(query);
            if (meta != null) {
                Optional<LocalDate> date = PrintedDates.parseLine(meta.attr("content"));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        Element time = doc.selectFirst("time[datetime]");
        return time == null ? Optional.empty() : PrintedDates.parseLine(time.attr("datetime"));
    }

    /** A dd/mm/yyyy or mm/dd/yyyy date only when one reading is impossible; otherwise null. */
    private static LocalDate unambiguousDayMonth(String first, String second, String year) {
        int a = Integer.parseInt(first);
        int b = Integer.parseInt(second);
        try {
            if (a > 12 && b <= 12) {
                return LocalDate.of(Integer.parseInt(year), b, a);
            }
            if (b > 12 && a <= 12) {
                return LocalDate.of(Integer.parseInt(year), a, b);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }

    private static boolean isHeading(String line, int maxWords) {
        char last = line.charAt(line.length() - 1);
        boolean closed = ".!?\"”’:;…)".indexOf(last) >= 0;
        return !closed && line.split("\\s+").length <= maxWords;
    }

    /** Collapses runs of white space (and control characters) to single spaces. */
    private static String normalizeSpace(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean space = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0' || c == '\uFFFD') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(CLEAN_TEXT);
    }

    /** Adds the {@link #CLEAN_TEXT} of the document's article. */
    @Override
    public org.entente.extract.pipeline.Document apply(org.entente.extract.pipeline.Document document) {
        Article article = document.article();
        return document.with(CLEAN_TEXT, clean(article.text(), document.html(), article.title()));
    }
}
