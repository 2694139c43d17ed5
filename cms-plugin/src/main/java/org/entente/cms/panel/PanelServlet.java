package org.entente.cms.panel;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.entente.cms.domain.StoryId;
import org.entente.cms.domain.TagStatus;
import org.entente.cms.related.Related;
import org.entente.cms.related.RelatedCoverage;
import org.entente.cms.service.StoryService;
import org.entente.cms.service.StorySummary;
import org.entente.cms.service.StoryView;
import org.entente.cms.service.TagView;
import org.entente.model.Event;
import org.entente.model.Evidence;
import org.entente.model.actor.Actor;

/**
 * The editor panel: {@code /entente/panel/} lists the stories, {@code /entente/panel/{id}} shows one
 * story's suggested tags with accept and reject buttons, its events as sentences with their evidence,
 * a picture of who acts on whom, and its related coverage. Plain HTML rendered here, with a style sheet
 * and a few lines of script for the buttons served as files ({@code src/main/webapp/panel-assets/}), so
 * nothing inline is allowed ({@link #CONTENT_SECURITY_POLICY}); embeddable in a CMS page as an iframe.
 * Every piece of article content is escaped on the server; an id outside {@link StoryId}'s set is a 400 page.
 */
@WebServlet("/panel/*")
public class PanelServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /**
     * What the panel may load: its own style sheet and script ({@code /panel-assets/}, files of the
     * WAR) and nothing inline, so markup that slipped into a page could neither run nor restyle it;
     * calls go only to this server; any site may frame it (a CMS embeds it).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *";

    @Inject
    StoryService stories;

    @Inject
    RelatedCoverage related;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        response.setCharacterEncoding("UTF-8");
        response.setContentType("text/html");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        String base = request.getContextPath();
        if (path.equals("/")) {
            index(response.getWriter(), base);
            return;
        }
        String id = path.substring(1); // the container has decoded it
        if (!StoryId.isValid(id)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            page(response.getWriter(), base, "Not a story id", "<p>" + Html.escape(StoryId.problem(id)) + ". <a href=\""
                    + base + "/panel/\">All stories</a></p>");
            return;
        }
        Optional<StoryView> story = stories.get(id);
        if (story.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            page(response.getWriter(), base, "No such story", "<p>No story with id " + Html.escape(id) + ". <a href=\""
                    + base + "/panel/\">All stories</a></p>");
            return;
        }
        story(response.getWriter(), base, story.get());
    }

    private void index(PrintWriter out, String base) {
        StringBuilder body = new StringBuilder("<h1>Entente: stories</h1><ul>");
        for (StorySummary s : stories.recent(200)) {
            body.append("<li><a href=\"").append(base).append("/panel/").append(Html.escape(url(s.id()))).append("\">")
                    .append(Html.escape(s.title() == null ? s.id() : s.title())).append("</a> <span class=\"score\">")
                    .append(Html.escape(s.id())).append("</span></li>");
        }
        page(out, base, "Entente stories", body.append("</ul>").toString());
    }

    private void story(PrintWriter out, String base, StoryView story) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(story.title() == null ? story.id() : story.title())).append("</h1>");
        body.append("<h2>Suggested tags</h2><p id=\"decision-status\" role=\"status\" aria-live=\"polite\"></p>");
        Map<String, List<TagView>> byKind = new LinkedHashMap<>();
        story.tags().forEach(t -> byKind.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t));
        byKind.forEach((kind, tags) -> {
            body.append("<div class=\"tags\"><span class=\"kind\">").append(Html.escape(kind.replace('_', ' '))).append("</span>");
            for (TagView t : tags) {
                // The tag goes in the body: its colon in a path is refused by some servers (GlassFish).
                String url = base + "/api/v1/articles/" + url(story.id()) + "/decisions";
                body.append("<span class=\"tag ").append(Html.escape(t.status())).append("\" title=\"relevance ")
                        .append(t.relevance()).append(", confidence ").append(t.confidence()).append("\">")
                        .append(Html.escape(t.label()));
                if (t.status() != TagStatus.ACCEPTED) {
                    body.append(button(url, t.id(), "accept", "✓"));
                }
                body.append(button(url, t.id(), "reject", "✕")).append("</span>");
            }
            body.append("</div>");
        });
        body.append("<h2>Events</h2><ol>");
        for (Event e : story.extraction().events()) {
            body.append("<li>").append(Html.escape(EventSentences.sentence(e)));
            if (e == story.extraction().mainEvent() || e.equals(story.extraction().mainEvent())) {
                body.append(" <strong>(main event)</strong>");
            }
            body.append("<details><summary>evidence</summary>");
            for (Evidence span : e.evidence()) {
                body.append("<p>").append(Html.escape(span.text())).append("</p>");
            }
            body.append("</details></li>");
        }
        body.append("</ol><h2>Who acts on whom</h2>").append(graph(story.extraction().events()));
        body.append("<h2>Related coverage</h2><ol>");
        for (Related r : related.related(story.id(), 10).orElse(List.of())) {
            body.append("<li><a href=\"").append(base).append("/panel/").append(Html.escape(url(r.storyId()))).append("\">")
                    .append(Html.escape(r.title() == null ? r.storyId() : r.title())).append("</a> <span class=\"score\">")
                    .append(r.score()).append(" — ").append(Html.escape(String.join("; ", r.reasons()))).append("</span></li>");
        }
        body.append("</ol>");
        page(out, base, story.title() == null ? story.id() : story.title(), body.toString());
    }

    private static String button(String url, String tag, String decision, String label) {
        return "<button data-tag=\"" + Html.escape(tag) + "\" data-decision=\"" + decision + "\" data-url=\"" + Html.escape(url)
                + "\" aria-label=\"" + decision + " " + Html.escape(tag) + "\">" + label + "</button>";
    }

    /** An SVG of the story's actors on a circle, with a line for each event between them. */
    private static String graph(List<Event> events) {
        Set<String> nodes = new LinkedHashSet<>();
        for (Event e : events) {
            e.source().forEach(a -> nodes.add(label(a)));
            e.target().forEach(a -> nodes.add(label(a)));
        }
        List<String> names = new ArrayList<>(nodes);
        int size = 420;
        double radius = 150;
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            double angle = 2 * Math.PI * i / Math.max(1, names.size()) - Math.PI / 2;
            at.put(names.get(i), new double[] {size / 2.0 + radius * Math.cos(angle), size / 2.0 + radius * Math.sin(angle)});
        }
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + size + "\" height=\"" + size
                + "\" viewBox=\"0 0 " + size + " " + size + "\" role=\"img\" aria-label=\"actors and events\">");
        for (Event e : events) {
            String colour = e.quadClass().isCooperation() ? "#3b9a5c" : "#c24a3c";
            for (Actor s : e.source()) {
                for (Actor t : e.target().isEmpty() ? e.source() : e.target()) {
                    double[] a = at.get(label(s));
                    double[] b = at.get(label(t));
                    if (a != null && b != null && a != b) {
                        svg.append(String.format(java.util.Locale.ROOT,
                                "<line x1=\"%.0f\" y1=\"%.0f\" x2=\"%.0f\" y2=\"%.0f\" stroke=\"%s\" stroke-width=\"2\" opacity=\".6\">"
                                        + "<title>%s</title></line>", a[0], a[1], b[0], b[1], colour, Html.escape(e.type())));
                    }
                }
            }
        }
        at.forEach((name, p) -> svg.append(String.format(java.util.Locale.ROOT,
                "<circle cx=\"%.0f\" cy=\"%.0f\" r=\"7\" fill=\"#2853a8\"/><text x=\"%.0f\" y=\"%.0f\" text-anchor=\"middle\" "
                        + "font-size=\"12\">%s</text>", p[0], p[1], p[0], p[1] - 12, Html.escape(name))));
        return svg.append("</svg>").toString();
    }

    private static String label(Actor a) {
        return a.country() != null ? a.country() : a.organization() != null ? a.organization() : a.name();
    }

    private static String url(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A page with the panel's style sheet and script, both files of the WAR under {@code /panel-assets/}. */
    private static void page(PrintWriter out, String base, String title, String body) {
        out.print("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width,initial-scale=1\"><title>" + Html.escape(title) + "</title><link rel=\"stylesheet\" href=\""
                + base + "/panel-assets/panel.css\"></head><body>" + body + "<script src=\"" + base + "/panel-assets/panel.js\"></script>"
                + "</body></html>");
    }
}
