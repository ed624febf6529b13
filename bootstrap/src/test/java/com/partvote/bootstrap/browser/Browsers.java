package com.partvote.bootstrap.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts headless Chromium for the browser suite the way STACK.md found it works on these
 * machines: Debian's chromium and its chromedriver named explicitly (otherwise Selenium Manager
 * starts and tries the network), a TMPDIR of its own (Chromium leaves folders behind otherwise),
 * a fresh profile per browser (no cookie crosses from one person to the next), and every host
 * but localhost unresolvable (Chromium looks up its vendor's hosts otherwise). Each browser asks
 * for Korean first, as the club's members' browsers do, and keeps its console for the test. The
 * window is 1280x800; the screen a page sees is set by {@link Browser#resize}.
 * {@link #close()} quits every browser it started, whatever failed before.
 */
final class Browsers implements AutoCloseable {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String CHROMIUM = "/usr/bin/chromium";
    /** Set by the {@code browser} profile to {@code bootstrap/target/screenshots}. */
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private record Started(Browser browser, ChromeDriverService service, Path home) {
    }

    private final String base;
    private final List<Started> started = new ArrayList<>();

    Browsers(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A new browser, logged in as nobody, with a window of the given screen's size. */
    Browser open(String who, Viewport viewport) {
        Path home = temporaryHome();
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().withEnvironment(Map.of("TMPDIR", home.resolve("tmp").toString())).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,800", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                "--user-data-dir=" + home.resolve("profile"), "--lang=ko-KR");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "ko-KR,ko"));
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, console);
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException failed) {
            service.stop();
            delete(home);
            throw failed;
        }
        Browser browser = new Browser(driver, base, who, viewport, SCREENSHOTS);
        started.add(new Started(browser, service, home));
        browser.resize(viewport);
        return browser;
    }

    /** Quits every browser, newest first, and removes its profile; the first failure is thrown at the end. */
    @Override
    public void close() {
        RuntimeException first = null;
        for (int i = started.size() - 1; i >= 0; i--) {
            Started s = started.get(i);
            try {
                s.browser().quit();
            } catch (RuntimeException e) {
                first = first == null ? e : first;
            } finally {
                s.service().stop();
                delete(s.home());
            }
        }
        started.clear();
        if (first != null) {
            throw first;
        }
    }

    private static Path temporaryHome() {
        try {
            Path home = Files.createTempDirectory("partvote-browser-");
            Files.createDirectories(home.resolve("tmp"));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a leftover folder in the temp directory is no reason to fail a test
        }
    }
}
