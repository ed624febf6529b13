package com.partvote.bootstrap.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * What a person does on the pages, step by step as they would (typing into the forms, clicking
 * the buttons), shared by the browser tests. Each step checks that the page said it worked, so a
 * failure names the step and not some later one that found the wrong page.
 */
final class OnPages {

    static final String PASSWORD = "correct horse battery";

    /** Reads the results table as "name=votes" in the order shown, most votes first. */
    static final String STANDINGS = """
            return Array.prototype.map.call(document.querySelectorAll('#standings tbody tr'), function (tr) {
              return tr.cells[1].textContent.trim() + '=' + tr.cells[2].textContent.trim();
            });""";

    private OnPages() {
    }

    /**
     * Signs up on the sign-up page and is logged in by it. A null part is the roll's form (the
     * roll gives part and team, the form asks for neither).
     */
    static void signUp(Browser b, String name, String email, String part, String team) {
        b.open("/signup");
        b.type("#name", name);
        b.type("#email", email);
        b.type("#password", PASSWORD);
        if (part != null) {
            new Select(b.driver().findElement(By.id("part"))).selectByValue(part);
            b.type("#team", team);
        } else {
            assertThat(b.exists("#part")).as("roll mode: the form asks for no part").isFalse();
        }
        b.clickAndLoad("#signup");
        assertThat(b.path()).as(b + " signed up: " + b.text("#form-error")).isEqualTo("/?done=signed-up");
    }

    static void logIn(Browser b, String email, String password) {
        b.open("/login");
        b.type("#email", email);
        b.type("#password", password);
        b.clickAndLoad("#login");
        assertThat(b.path()).as(b + " logged in: " + b.text("#form-error")).isEqualTo("/");
    }

    /** Opens the ballot, ticks exactly these choices (by name) and saves the sheet. */
    static void vote(Browser b, String slug, String... choices) {
        b.open("/elections/" + slug);
        b.js("""
                document.querySelectorAll('#ballot input[name=choice]').forEach(function (box) {
                  if (box.checked && box.type === 'checkbox') { box.click(); }
                });""");
        for (String choice : choices) {
            b.click("#" + b.choiceBox(choice));
        }
        b.clickAndLoad("#save-ballot");
        assertThat(b.path()).as(b + " saved the ballot: " + b.text("#flash-error")).isEqualTo("/elections/" + slug + "?done=saved");
        for (String choice : choices) {
            assertThat(b.<Boolean>js("return document.getElementById(arguments[0]).checked;", b.choiceBox(choice)))
                    .as("the saved sheet holds " + choice).isTrue();
        }
    }

    /** Waits until the results table shows exactly these rows ("name=votes", in order) and returns them. */
    static List<String> awaitStandings(Browser b, List<String> expected) {
        return b.await("the standings " + expected, STANDINGS, (List<String> rows) -> rows.equals(expected));
    }

    /** Marks the page's document, so that a test can tell later that no reload replaced it. */
    static void mark(Browser b) {
        b.js("window.__marker = 1;");
    }

    static boolean stillMarked(Browser b) {
        return Long.valueOf(1).equals(b.js("return window.__marker === undefined ? null : window.__marker;"));
    }
}
