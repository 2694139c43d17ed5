package org.entente.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.UsernameAndPassword;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.bidi.browsingcontext.BrowsingContext;
import org.openqa.selenium.bidi.browsingcontext.CaptureScreenshotParameters;
import org.openqa.selenium.bidi.module.LogInspector;
import org.openqa.selenium.bidi.module.Network;
import org.openqa.selenium.bidi.module.Script;
import org.openqa.selenium.bidi.network.AddInterceptParameters;
import org.openqa.selenium.bidi.network.InterceptPhase;
import org.openqa.selenium.bidi.network.UrlPattern;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumDriverLogLevel;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editor panel in a real browser: Debian's headless Chromium driven by Selenium through its
 * chromedriver (no browser or driver download). Skipped, with the reason, where either is missing.
 */
class PanelBrowserIT extends PluginIT {
    /** Debian's packages chromium and chromium-driver; -Dentente.chromium and -Dentente.chromedriver override. */
    private static final Path CHROMIUM = Path.of(System.getProperty("entente.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("entente.chromedriver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Where screenshots and the chromedriver log go: the module's target directory. */
    private static final Path OUTPUT = Path.of(System.getProperty("entente.it.output", "target"));
    /**
     * Selenium looks for a Chrome DevTools binding matching the browser on every new session and warns
     * when there is none; this test speaks WebDriver BiDi only, so that warning is noise. (Held here so
     * the level is not lost when the logger is collected.)
     */
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    private static final By EVENTS = By.xpath("//h2[.='Events']/following-sibling::ol[1]/li");

    /**
     * Runs in every page before the page's own scripts (a WebDriver BiDi preload script, which the
     * page's policy does not govern): records each Content-Security-Policy violation the page reports.
     */
    private static final String CSP_LISTENER = "() => { window.__cspViolations = []; window.addEventListener("
            + "'securitypolicyviolation', e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''))); }";

    private static ChromeDriver driver;
    private static Network network;
    private static Script script;
    private static LogInspector logInspector;
    /** What the browser logged: JavaScript errors, console messages and its own (CSP reports among them). */
    private static final List<String> BROWSER_LOG = java.util.Collections.synchronizedList(new ArrayList<>());
    private static Path profile;

    @BeforeAll
    static void browserInstalled() {
        List<String> missing = new ArrayList<>();
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                missing.add(binary.toString());
            }
        }
        if (!missing.isEmpty()) {
            Assumptions.abort("No browser to drive: " + String.join(" and ", missing) + " missing "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)");
        }
    }

    /** One browser for the class, started on first use (it needs the deployment's URL). */
    @BeforeEach
    void browser() throws IOException {
        if (driver == null) {
            driver = start(base);
        }
    }

    @AfterAll
    static void quit() throws Exception {
        // This JVM's chromedriver and the browser under it, noted before quitting (then they are orphans).
        List<ProcessHandle> browser = ProcessHandle.current().children()
                .filter(p -> p.info().command().map(c -> c.endsWith("/chromedriver")).orElse(false))
                .flatMap(p -> Stream.concat(Stream.of(p), p.descendants())).toList();
        try {
            for (AutoCloseable bidi : java.util.Arrays.asList(logInspector, script, network)) {
                if (bidi != null) {
                    bidi.close();
                }
            }
        } finally {
            logInspector = null;
            script = null;
            network = null;
            try {
                if (driver != null) {
                    driver.quit();
                }
            } finally {
                driver = null;
                awaitExit(browser);
                if (profile != null) {
                    try (Stream<Path> files = Files.walk(profile)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                    profile = null;
                }
            }
        }
    }

    /** Waits for the processes to end, as they do after quit; any left after ten seconds are killed. */
    private static void awaitExit(List<ProcessHandle> processes) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                p.destroyForcibly();
            }
        }
    }

    private static ChromeDriver start(URL base) throws IOException {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
        Files.createDirectories(OUTPUT);
        // The driver's path given here means Selenium Manager is never run (it would download a driver).
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .withLogFile(OUTPUT.resolve("chromedriver.log").toFile())
                .withLogLevel(ChromiumDriverLogLevel.WARNING)
                .build();
        profile = Files.createTempDirectory("entente-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1100,1900",
                // Chromium still asks Google hosts for accounts, updates and the time despite the flags
                // above: every name but the server's resolves to nothing, so no lookup leaves the machine.
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE " + base.getHost());
        // A page's alert stays open for the test to find instead of being dismissed by the driver.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.enableBiDi();
        ChromeDriver started = new ChromeDriver(service, options);
        try {
            network = editorCredentials(started, base);
            script = new Script(started);
            script.addPreloadScript(CSP_LISTENER);
            logInspector = new LogInspector(started);
            logInspector.onJavaScriptException(e -> BROWSER_LOG.add("JavaScript " + e.getLevel() + ": " + e.getText()));
            logInspector.onConsoleEntry(e -> BROWSER_LOG.add("console " + e.getLevel() + ": " + e.getText()));
            logInspector.onGenericLog(e -> BROWSER_LOG.add(e.getType() + " " + e.getLevel() + ": " + e.getText()));
        } catch (RuntimeException e) {
            started.quit();
            throw e;
        }
        return started;
    }

    /**
     * Answers the API's Basic challenge as the editor, as a person at the browser's login prompt would,
     * through WebDriver BiDi: an intercept of authRequired on the server's origin, continued with the
     * credentials for the plugin's API and cancelled for anything else.
     */
    private static Network editorCredentials(ChromeDriver browser, URL base) {
        String api = base + "api/v1/";
        String[] editor = Api.EDITOR.split(":", 2);
        UsernameAndPassword credentials = new UsernameAndPassword(editor[0], editor[1]);
        Network bidi = new Network(browser);
        bidi.addIntercept(new AddInterceptParameters(InterceptPhase.AUTH_REQUIRED).urlPatterns(List.of(new UrlPattern()
                .protocol(base.getProtocol()).hostname(base.getHost()).port(String.valueOf(base.getPort())))));
        bidi.onAuthRequired(challenge -> {
            String id = challenge.getRequest().getRequestId();
            if (challenge.getRequest().getUrl().startsWith(api)) {
                bidi.continueWithAuth(id, credentials);
            } else {
                bidi.cancelAuth(id);
            }
        });
        return bidi;
    }

    private void put(String id, String title, String text, String published) throws Exception {
        Map<String, Object> body = Api.story(text, published);
        body.put("title", title);
        int status = send("PUT", "articles/" + id, body).statusCode();
        assertTrue(status == 200 || status == 201, "PUT " + id + ": " + status);
    }

    @SuppressWarnings("unchecked")
    private List<String> relatedIds(String id, int limit) throws Exception {
        HttpResponse<String> response = send("GET", "articles/" + id + "/related?limit=" + limit, null);
        assertEquals(200, response.statusCode(), response.body());
        List<Map<String, Object>> related = Api.JSONB.fromJson(response.body(), List.class);
        return related.stream().map(r -> (String) r.get("storyId")).toList();
    }

    /** Opens a story's panel and checks that the page broke none of its policy and threw nothing. */
    private void open(String id) {
        driver.get(base + "panel/" + id);
        new WebDriverWait(driver, WAIT).until(d -> "complete".equals(((ChromeDriver) d).executeScript("return document.readyState")));
        assertPolicyHeld();
    }

    /** No Content-Security-Policy violation on the page (the preload listener's record) nor in the browser's log, no script error. */
    private static void assertPolicyHeld() {
        Object violations = driver.executeScript("return window.__cspViolations");
        assertTrue(violations instanceof List<?>, "the violation listener ran before the page: " + violations);
        assertEquals(List.of(), violations, "Content-Security-Policy violations on " + driver.getCurrentUrl());
        synchronized (BROWSER_LOG) {
            assertEquals(List.of(), BROWSER_LOG.stream().filter(line -> line.startsWith("JavaScript")
                    || line.contains("Content Security Policy") || line.contains("Refused to")).toList(), "the browser's log");
        }
    }

    private static List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    private static By tagButton(String tag, String decision) {
        return By.cssSelector("button[data-tag='" + tag + "'][data-decision='" + decision + "']");
    }

    private static void assertNoAlert() {
        assertThrows(NoAlertPresentException.class, () -> driver.switchTo().alert(), "an alert is open");
    }

    @Test
    void showsTagsEventsAndRelatedCoverageAndRemembersARejection() throws Exception {
        put("browser-001", "Xi meets South Korean leader (browser 001)", Api.seed("001_3ce1a2791a1fd1d1.txt"), null);
        put("browser-002", "Lee and Xi restart dialogue (browser 002)", Api.seed("002_35991112ca5a179f.txt"), "2025-11-02");
        put("browser-004", "Lee urges Xi to help revive talks with North Korea", Api.seed("004_b83d096dacd65f98.txt"), "2025-11-02");
        open("browser-004");

        assertEquals("Lee urges Xi to help revive talks with North Korea", driver.getTitle());
        assertEquals("Lee urges Xi to help revive talks with North Korea", driver.findElement(By.tagName("h1")).getText());
        WebElement kor = driver.findElement(tagButton("country:KOR", "reject")).findElement(By.xpath(".."));
        assertTrue(kor.isDisplayed(), "the country:KOR tag is shown");
        assertTrue(kor.getDomAttribute("class").contains("SUGGESTED"), kor.getDomAttribute("class"));
        assertTrue(driver.findElement(tagButton("country:KOR", "accept")).isDisplayed());
        List<String> events = texts(EVENTS);
        assertTrue(events.stream().anyMatch(e -> e.contains("South Korea (Lee Jae Myung) urged China")), events.toString());
        assertTrue(driver.findElements(By.cssSelector("svg line")).size() > 0, "the actor graph has edges");
        // Related coverage: the API's ten best, in its order (other tests' copies of seed 004 may outrank 001 and 002).
        List<String> shown = driver.findElements(By.xpath("//h2[.='Related coverage']/following-sibling::ol[1]/li/a")).stream()
                .map(a -> a.getDomAttribute("href").substring(a.getDomAttribute("href").lastIndexOf('/') + 1)).toList();
        assertFalse(shown.isEmpty(), "related coverage is shown");
        assertEquals(relatedIds("browser-004", 10), shown);
        assertTrue(relatedIds("browser-004", 100).containsAll(List.of("browser-001", "browser-002")), "the other summit stories");
        assertEquals("", driver.findElement(By.id("decision-status")).getText());
        screenshot("panel-004.png");

        WebElement reject = driver.findElement(tagButton("country:KOR", "reject"));
        WebElement line = driver.findElement(By.id("decision-status"));
        reject.click();
        // The script reloads the page once the decision is stored, and says so on the page when it fails.
        try {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.stalenessOf(reject));
        } catch (TimeoutException e) {
            throw new AssertionError("no reload after the rejection; the panel says: " + line.getText(), e);
        }
        open("browser-004");
        assertNoAlert();
        assertEquals("", driver.findElement(By.id("decision-status")).getText(), "no failure reported");
        assertTrue(driver.findElements(By.cssSelector("button[data-tag='country:KOR']")).isEmpty(), "a rejected tag is gone");
        assertFalse(driver.findElements(By.cssSelector("button[data-tag^='country:']")).isEmpty(), "the other countries stay");
        events = texts(EVENTS);
        assertTrue(events.stream().anyMatch(e -> e.contains("South Korea (Lee Jae Myung) urged China")), "events stay: " + events);

        driver.navigate().refresh();
        assertTrue(driver.findElements(By.cssSelector("button[data-tag='country:KOR']")).isEmpty(), "still rejected after a reload");
    }

    @Test
    void aFailedDecisionIsReportedOnThePage() throws Exception {
        put("browser-gone", "A story deleted while open", "Japan condemned North Korea over its missile launch on Monday.",
                "2025-11-03");
        open("browser-gone");
        WebElement accept = driver.findElement(tagButton("country:JPN", "accept"));
        assertEquals(204, send("DELETE", "articles/browser-gone", null).statusCode());

        accept.click();
        WebElement line = driver.findElement(By.id("decision-status"));
        new WebDriverWait(driver, WAIT).until(d -> line.getText().startsWith("Not saved"));
        assertTrue(line.getText().startsWith("Not saved (accept country:JPN): 404 "), line.getText());
        assertTrue(accept.isEnabled(), "the buttons come back for another try");
        assertNoAlert();
    }

    @Test
    void articleMarkupRendersAsInertText() throws Exception {
        String markup = "<script>alert(1)</script> <img src=x onerror=alert(2)>";
        put("browser-xss", "Summit " + markup, "Japan condemned North Korea. " + markup + " Japan urged China to act.",
                "2025-11-03");
        open("browser-xss");
        // A failed image fires onerror before the load event; one more task later nothing can be pending.
        driver.executeAsyncScript("setTimeout(arguments[0], 200)");

        assertNoAlert();
        assertEquals("Summit " + markup, driver.findElement(By.tagName("h1")).getText(), "the title is shown as text");
        assertEquals("Summit " + markup, driver.getTitle());
        assertTrue(driver.findElements(By.cssSelector("img[onerror]")).isEmpty(), "no img with onerror");
        assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "no img at all");
        assertEquals(1, driver.findElements(By.tagName("script")).size(), "only the panel's own script");
        // The body's markup is in the evidence of the second event, visible once its details are opened.
        WebElement urged = driver.findElements(EVENTS).stream().filter(e -> e.getText().startsWith("Japan urged China"))
                .findFirst().orElseThrow(() -> new AssertionError("no event 'Japan urged China': " + texts(EVENTS)));
        urged.findElement(By.tagName("summary")).click();
        assertEquals(markup + " Japan urged China to act.", urged.findElement(By.cssSelector("details p")).getText());
        assertNoAlert();
        assertTrue(driver.findElements(By.tagName("img")).isEmpty(), "no img after opening the evidence");
    }

    @Test
    void theContentSecurityPolicyAllowsNothingInline() throws Exception {
        put("browser-csp", "Policy check", "Japan condemned North Korea over its missile launch on Monday.", "2025-11-03");
        HttpResponse<String> page = api().page("panel/browser-csp");
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'") && policy.contains("style-src 'self'"), policy);
        assertFalse(policy.contains("unsafe-inline") || policy.contains("unsafe-eval"), policy);
        open("browser-csp"); // and no violation while it loaded

        // Nothing inline in the page: its style and script come from the WAR's files, and they are in force.
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('style, script:not([src])').length"), "inline style or script");
        assertEquals(0L, driver.executeScript("return [...document.querySelectorAll('*')].filter(e => [...e.attributes]"
                + ".some(a => a.name === 'style' || a.name.startsWith('on'))).length"), "style or event-handler attributes");
        assertEquals(base.getPath() + "panel-assets/panel.css", driver.executeScript("return new URL(document.styleSheets[0].href).pathname"));
        assertEquals(base.getPath() + "panel-assets/panel.js", driver.executeScript("return new URL(document.scripts[0].src).pathname"));
        assertEquals("15px", driver.executeScript("return getComputedStyle(document.body).fontSize"), "the style sheet applies");
        assertEquals("rgb(29, 35, 48)", driver.executeScript("return getComputedStyle(document.body).color"));

        // The policy holds: an inline script and an inline style put into the page are refused, and reported.
        driver.executeScript("var s = document.createElement('script'); s.textContent = 'window.__inlineRan = true;';"
                + " document.body.appendChild(s); document.body.insertAdjacentHTML('beforeend', '<p id=\"inline-style\" style=\"color: rgb(255, 0, 0)\">x</p>');");
        driver.executeAsyncScript("setTimeout(arguments[0], 200)"); // violation events are queued
        assertEquals(null, driver.executeScript("return window.__inlineRan === undefined ? null : window.__inlineRan"), "the inline script ran");
        assertFalse("rgb(255, 0, 0)".equals(driver.executeScript("return getComputedStyle(document.getElementById('inline-style')).color")),
                "the inline style applied");
        @SuppressWarnings("unchecked")
        List<String> violations = (List<String>) driver.executeScript("return window.__cspViolations");
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("script-src")), "the refused script is reported: " + violations);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("style-src")), "the refused style is reported: " + violations);
        synchronized (BROWSER_LOG) {
            BROWSER_LOG.clear(); // the refusals provoked here are not the panel's
        }
    }

    /** The whole document (not just the window) as a PNG under target/screenshots. */
    private static void screenshot(String name) throws IOException {
        BrowsingContext context = new BrowsingContext(driver, driver.getWindowHandle());
        String png = context.captureScreenshot(new CaptureScreenshotParameters().origin(CaptureScreenshotParameters.Origin.DOCUMENT));
        Path file = OUTPUT.resolve("screenshots").resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(png));
    }
}
