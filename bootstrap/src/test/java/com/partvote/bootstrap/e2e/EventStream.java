package com.partvote.bootstrap.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A server-sent-events client, as a browser's EventSource reads the stream: blocks separated by
 * a blank line, fields {@code event}, {@code id}, {@code data}, {@code retry}, comments starting
 * with a colon. A thread of its own reads the stream and stamps each block when it arrives.
 */
final class EventStream implements AutoCloseable {

    static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One block: an event (with a name), a comment alone, or a retry hint alone; {@code ended} when the stream ended. */
    record Block(String event, String id, String data, Long retry, String comment, long receivedNanos) {

        boolean isEvent() {
            return data != null;
        }

        boolean ended() {
            return event == null && data == null && retry == null && comment == null;
        }

        JsonNode json() {
            return JSON.readTree(data);
        }
    }

    private final int status;
    private final HttpHeaders headers;
    private final InputStream body;
    private final BlockingQueue<Block> blocks = new LinkedBlockingQueue<>();

    private EventStream(HttpResponse<InputStream> response) {
        this.status = response.statusCode();
        this.headers = response.headers();
        this.body = response.body();
        Thread reader = new Thread(this::read, "sse-client");
        reader.setDaemon(true);
        reader.start();
    }

    /** Opens the stream; returns once the response's headers have arrived. */
    static EventStream open(int port, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/event-stream");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            return new EventStream(HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int status() {
        return status;
    }

    HttpHeaders headers() {
        return headers;
    }

    /** The next block of any kind, within {@link #PATIENCE}. */
    Block next() {
        try {
            Block b = blocks.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            if (b == null) {
                throw new AssertionError("nothing received within " + PATIENCE);
            }
            return b;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next event (skipping heartbeats and retry hints), within {@link #PATIENCE}; fails if the stream ends. */
    Block nextEvent() {
        return nextEvent(b -> true);
    }

    /** The next event that matches, skipping the others, each within {@link #PATIENCE}. */
    Block nextEvent(Predicate<Block> wanted) {
        while (true) {
            Block b = next();
            if (b.ended()) {
                throw new AssertionError("the stream ended");
            }
            if (b.isEvent() && wanted.test(b)) {
                return b;
            }
        }
    }

    /** Blocks until the server ends the stream (skipping whatever it still sends), within {@link #PATIENCE}. */
    void awaitEnd() {
        while (!next().ended()) {
            // what came before the end
        }
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException ignored) {
            // gone already
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String event = null;
            String id = null;
            StringBuilder data = null;
            Long retry = null;
            String comment = null;
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isEmpty()) {
                    if (event != null || data != null || retry != null || comment != null) {
                        blocks.add(new Block(event, id, data == null ? null : data.toString(), retry, comment,
                                System.nanoTime()));
                    }
                    event = null;
                    data = null;
                    retry = null;
                    comment = null;
                    continue;
                }
                if (line.startsWith(":")) {
                    comment = line.substring(1).strip();
                    continue;
                }
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                value = value.startsWith(" ") ? value.substring(1) : value;
                switch (field) {
                    case "event" -> event = value;
                    case "id" -> id = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    case "retry" -> retry = Long.parseLong(value);
                    default -> { }
                }
            }
        } catch (IOException closed) {
            // closed by the test
        } finally {
            blocks.add(new Block(null, null, null, null, null, System.nanoTime()));
        }
    }
}
