package com.partvote.bootstrap.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, used as one person uses the app: it opens pages, clicks and types, and
 * keeps what the browser's console said, so that a test can assert that no script was refused by
 * the Content-Security-Policy and none threw. Values on a live page are read with script, never
 * through element handles: the results stream replaces the table's rows, and a handle to a
 * replaced row is stale. Started and quit by {@link Browsers}.
 */
final class Browser {

    /** How long a page may take to show what a test waits for: generous, these machines are shared. */
    static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(50);
    /** A screenshot stops here: a page longer than this is a bug of its own. */
    private static final int MAX_SHOT_HEIGHT = 8000;

    private final ChromeDriver driver;
    private final String base;
    private final String name;
    private final Path screenshots;
    private final List<String> console = new ArrayList<>();
    private final Set<String> documents = new HashSet<>();
    private Viewport viewport;

    Browser(ChromeDriver driver, String base, String name, Viewport viewport, Path screenshots) {
        this.driver = driver;
        this.base = base;
        this.name = name;
        this.viewport = viewport;
        this.screenshots = screenshots;
    }

    ChromeDriver driver() {
        return driver;
    }

    Viewport viewport() {
        return viewport;
    }

    /** Opens a page of the app by its path and waits for its load event. */
    Browser open(String path) {
        driver.get(base + path);
        loaded();
        return this;
    }

    /** The current page's path and query, as the app wrote them. */
    String path() {
        URI at = URI.create(driver.getCurrentUrl());
        return at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery());
    }

    @SuppressWarnings("unchecked")
    <T> T js(String script, Object... args) {
        return (T) driver.executeScript(script, args);
    }

    /** The trimmed text of the first element the selector finds, or null if there is none. */
    String text(String css) {
        return js("var e = document.querySelector(arguments[0]); return e === null ? null : e.textContent.trim();", css);
    }

    boolean exists(String css) {
        return js("return document.querySelector(arguments[0]) !== null;", css);
    }

    /** Whether the element is there and laid out (not {@code hidden}, nor inside something hidden). */
    boolean shown(String css) {
        return js("var e = document.querySelector(arguments[0]); return e !== null && e.getClientRects().length > 0;", css);
    }

    /**
     * Polls the script's value every 50 ms until the condition holds, and returns that value; on
     * timeout, fails with the last value seen, which is what a reader of the failure needs.
     */
    <T> T await(String what, String script, Predicate<T> condition, Object... args) {
        List<T> seen = new ArrayList<>(1);
        try {
            wait(PATIENCE).until(d -> {
                T value = js(script, args);
                seen.clear();
                seen.add(value);
                return value != null && condition.test(value);
            });
            return seen.get(0);
        } catch (TimeoutException late) {
            throw new AssertionError(name + ": " + what + " did not happen within " + PATIENCE.toSeconds()
                    + " s; last value: " + (seen.isEmpty() ? "none" : seen.get(0)) + " (at " + path() + ")", late);
        }
    }

    /** Types into a field, replacing what it held. */
    void type(String css, String text) {
        WebElement field = driver.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        driver.findElement(By.cssSelector(css)).click();
    }

    /**
     * Clicks what submits a form or follows a link, and waits until the next page has loaded. The
     * old page is told apart by a token on its window, not by an element handle: while a page is
     * being replaced, chromedriver may answer a handle's question with an error of its own instead
     * of "stale".
     */
    void clickAndLoad(String css) {
        String token = markLeaving();
        click(css);
        awaitNextPage(token);
    }

    /** Clicks a button whose form asks first, says yes to the question, and waits for the next page; returns the question. */
    String clickConfirmAndLoad(String css) {
        String token = markLeaving();
        click(css);
        Alert question = wait(PATIENCE).until(ExpectedConditions.alertIsPresent());
        String asked = question.getText();
        question.accept();
        awaitNextPage(token);
        return asked;
    }

    private String markLeaving() {
        String token = UUID.randomUUID().toString();
        js("window.__leaving = arguments[0];", token);
        return token;
    }

    private void awaitNextPage(String token) {
        WebDriverWait wait = wait(PATIENCE);
        wait.ignoring(WebDriverException.class);
        wait.until(d -> !token.equals(js("return window.__leaving || null;")) && "complete".equals(js("return document.readyState;")));
        documents.add(driver.getCurrentUrl());
    }

    /** Sets a field's value as a picker does (a {@code datetime-local} takes no typing the same way in every locale). */
    void pick(String css, String value) {
        js("var f = document.querySelector(arguments[0]); f.value = arguments[1];"
                + " f.dispatchEvent(new Event('input', {bubbles: true})); f.dispatchEvent(new Event('change', {bubbles: true}));",
                css, value);
    }

    /** The id of the ballot's box for one choice, found by the choice's name as the page shows it. */
    String choiceBox(String choiceName) {
        String id = js("""
                var items = document.querySelectorAll('#ballot .choices li');
                for (var i = 0; i < items.length; i++) {
                  if (items[i].querySelector('.name').textContent === arguments[0]) {
                    return items[i].querySelector('input').id;
                  }
                }
                return null;""", choiceName);
        if (id == null) {
            throw new AssertionError(name + ": no choice " + choiceName + " on " + path());
        }
        return id;
    }

    /**
     * Gives the page the screen's size. Through the DevTools protocol, not the window: Chromium's
     * headless window is never narrower than 500 px, and a phone also lays a page out at its
     * meta viewport's width with overlay scrollbars, which {@code mobile} emulates; like a phone,
     * it then zooms out a page wider than the screen ({@code innerWidth} grows past 360), which is
     * what the phone checks look for. Kept across navigations.
     */
    void resize(Viewport to) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", to.width, "height", to.height,
                "screenWidth", to.width, "screenHeight", to.height, "deviceScaleFactor", 1, "mobile", to == Viewport.PHONE));
        viewport = to;
        await("the screen at " + to.width + " px", "return window.screen.width;", (Long w) -> w == to.width);
    }

    /**
     * Writes the whole page (not only what fits the window) as this browser shows it to
     * {@code <page>-<desktop|phone>.png} in the screenshot folder.
     */
    Path screenshot(String page) {
        Map<String, Object> layout = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        Map<?, ?> content = (Map<?, ?>) layout.get("cssContentSize");
        Map<?, ?> view = (Map<?, ?>) layout.get("cssLayoutViewport");
        double width = Math.max(number(content.get("width")), number(view.get("clientWidth")));
        double height = Math.min(MAX_SHOT_HEIGHT, Math.max(number(content.get("height")), number(view.get("clientHeight"))));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Path file = screenshots.resolve(page + "-" + viewport.label + ".png");
        try {
            Files.createDirectories(screenshots);
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** The page at both sizes: this browser's own, then the other (resized there and back). */
    void screenshots(String page) {
        Viewport own = viewport;
        screenshot(page);
        resize(own.other());
        screenshot(page);
        resize(own);
    }

    /**
     * Every console line so far that says the Content-Security-Policy refused something, a script
     * threw, or a resource failed to load (a script or style that 404s is a broken page too). The
     * one failure that is no problem is the status of a page the test itself opened: an error
     * page answers 4xx on purpose.
     */
    List<String> consoleProblems() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(e.getLevel() + " " + e.getMessage());
        }
        return console.stream().filter(this::isProblem).toList();
    }

    /** Everything the console said, for a failure's message. */
    List<String> consoleLines() {
        consoleProblems();
        return List.copyOf(console);
    }

    private boolean isProblem(String line) {
        if (line.contains("Content Security Policy") || line.contains("Uncaught")) {
            return true;
        }
        if (!line.startsWith("SEVERE")) {
            return false;
        }
        String source = line.substring("SEVERE ".length()).split(" ", 2)[0];
        return !(line.contains("Failed to load resource: the server responded with a status of 4") && documents.contains(source));
    }

    void quit() {
        driver.quit();
    }

    @Override
    public String toString() {
        return name + " (" + viewport.label + ")";
    }

    private void loaded() {
        wait(PATIENCE).until(d -> "complete".equals(js("return document.readyState;")));
        documents.add(driver.getCurrentUrl());
    }

    private WebDriverWait wait(Duration patience) {
        WebDriverWait wait = new WebDriverWait(driver, patience, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(JavascriptException.class);
        return wait;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
