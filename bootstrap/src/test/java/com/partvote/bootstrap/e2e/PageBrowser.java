package com.partvote.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The web app as a browser without script sees it: HTML forms posted as
 * {@code application/x-www-form-urlencoded}, cookies kept (the JDK's cookie store would not send
 * the Secure ones over plain http, which a browser does on localhost), redirects not followed so
 * that a test sees them. Sends {@code Sec-Fetch-*} headers as Chromium does for its own pages.
 */
final class PageBrowser {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();

    PageBrowser(int port) {
        this.base = "http://localhost:" + port;
    }

    record Page(int status, String body, String location, List<String> setCookies, java.net.http.HttpHeaders headers) {
        boolean redirectsTo(String pathPrefix) {
            return (status == 302 || status == 303) && location != null && location.startsWith(pathPrefix);
        }
    }

    Page get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    /** A form's fields, in pairs (a name may repeat: several choices). */
    Page post(String path, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            if (form.length() > 0) {
                form.append('&');
            }
            form.append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send("POST", path, form.toString());
    }

    Page postFrom(String site, String path, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            form.append(i == 0 ? "" : "&").append(fields[i]).append('=').append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return send("POST", path, form.toString(), "Sec-Fetch-Site", site);
    }

    Page send(String method, String path, String form, String... headers) {
        return page(exchange(method, path, form == null ? null : "application/x-www-form-urlencoded",
                form == null ? null : form.getBytes(StandardCharsets.UTF_8), headers));
    }

    /**
     * A form with a file, as {@code multipart/form-data}: the fields in pairs, then one file part
     * ({@code fileField}, named {@code roll.csv}).
     */
    Page postFile(String path, String fileField, byte[] file, String... fields) {
        String boundary = "----partvote" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < fields.length; i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
                    + fields[i + 1] + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"roll.csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return page(exchange("POST", path, "multipart/form-data; boundary=" + boundary, body.toByteArray()));
    }

    private Page page(HttpResponse<byte[]> r) {
        String location = r.headers().firstValue("Location").map(l -> l.startsWith(base) ? l.substring(base.length()) : l)
                .orElse(null);
        return new Page(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8), location,
                r.headers().allValues("Set-Cookie"), r.headers());
    }

    /** A download's bytes exactly as served (a GET with the page cookies). */
    HttpResponse<byte[]> download(String path) {
        return exchange("GET", path, null, null);
    }

    private HttpResponse<byte[]> exchange(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        boolean site = false;
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            site |= headers[i].equalsIgnoreCase("Sec-Fetch-Site");
        }
        if (!site) {
            b.header("Sec-Fetch-Site", "same-origin");
        }
        if ("GET".equals(method)) {
            b.header("Sec-Fetch-Mode", "navigate");
        }
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                String name = pair.substring(0, pair.indexOf('='));
                String value = pair.substring(pair.indexOf('=') + 1);
                boolean expired = c.contains("Max-Age=0");
                if (expired || value.isEmpty()) {
                    cookies.remove(name);
                } else {
                    cookies.put(name, value);
                }
            }
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs up through the form (open registration) and is logged in by it. */
    Page signUp(String name, String email, String password, String part, String team) {
        return post("/signup", "name", name, "email", email, "password", password, "part", part, "team", team);
    }

    Page logIn(String email, String password) {
        return post("/login", "email", email, "password", password, "next", "/");
    }
}
