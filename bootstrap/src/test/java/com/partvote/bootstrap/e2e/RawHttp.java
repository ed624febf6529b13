package com.partvote.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: what a hostile client can send and a
 * well-behaved client library refuses to (characters that HTTP forbids in a target, two
 * Content-Lengths, a made-up transfer coding, a header too large...). One request per
 * connection ({@code Connection: close}); the reply is read to the end and parsed leniently.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** A reply: status, headers (lower-case names) and the de-chunked body. */
    record Reply(int status, Map<String, List<String>> headers, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }

    static Builder request(String method, String target) {
        return new Builder(method, target);
    }

    static final class Builder {
        private final String method;
        private final String target;
        private final List<String[]> headers = new ArrayList<>();
        private byte[] body;
        private boolean chunked;
        private boolean contentLength = true;
        private String version = "HTTP/1.1";

        private Builder(String method, String target) {
            this.method = method;
            this.target = target;
        }

        Builder header(String name, String value) {
            headers.add(new String[] {name, value});
            return this;
        }

        Builder json(String json) {
            return header("Content-Type", "application/json").body(json.getBytes(StandardCharsets.UTF_8));
        }

        Builder body(byte[] bytes) {
            this.body = bytes;
            return this;
        }

        /** Sends the body in chunks of 1000 bytes, without a Content-Length. */
        Builder chunked() {
            this.chunked = true;
            return this;
        }

        /** Sends no Content-Length header of its own (the caller gives one, or none). */
        Builder noContentLength() {
            this.contentLength = false;
            return this;
        }

        Builder version(String version) {
            this.version = version;
            return this;
        }

        byte[] bytes(int port) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(' ').append(version).append("\r\n");
            head.append("Host: localhost:").append(port).append("\r\n");
            for (String[] h : headers) {
                head.append(h[0]).append(": ").append(h[1]).append("\r\n");
            }
            if (body != null && chunked) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if (body != null && contentLength) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            // ISO-8859-1 keeps every char < 256 as one byte: a test can put raw octets in a header
            out.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (body != null && chunked) {
                for (int i = 0; i < body.length; i += 1000) {
                    int n = Math.min(1000, body.length - i);
                    out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(body, i, n);
                    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } else if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }
    }

    /** Sends the bytes, reads until the server closes, parses the final (non-1xx) response. */
    static Reply exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (SocketException e) {
                // the server answered early (a body too large) and stopped reading: read its answer
            }
            byte[] raw = readResponse(socket.getInputStream());
            return parse(raw);
        }
    }

    /**
     * Reads until one final response is complete (by its length, its last chunk, or the server
     * closing): the server may keep the connection open afterwards, waiting for a body that was
     * announced and never sent, and the answer is what counts.
     */
    private static byte[] readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                all.write(buffer, 0, n);
                if (isComplete(all.toByteArray())) {
                    break;
                }
            }
        } catch (SocketException e) {
            if (all.size() == 0) {
                throw e;
            }
            // reset after the response was sent: keep what arrived
        }
        return all.toByteArray();
    }

    private static boolean isComplete(byte[] raw) {
        int offset = 0;
        while (true) {
            int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), offset);
            if (end < 0) {
                return false;
            }
            String head = new String(raw, offset, end - offset, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            String[] statusLine = head.split("\r\n")[0].split(" ");
            if (statusLine.length < 2 || !statusLine[0].startsWith("http/")) {
                return false;
            }
            int bodyStart = end + 4;
            if (statusLine[1].startsWith("1")) {
                offset = bodyStart;
                continue;
            }
            if (head.contains("\r\ntransfer-encoding: chunked")) {
                return indexOf(raw, "\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII), bodyStart - 2) >= 0;
            }
            int at = head.indexOf("\r\ncontent-length:");
            if (at >= 0) {
                int lineEnd = head.indexOf("\r\n", at + 2);
                String value = head.substring(at + 17, lineEnd < 0 ? head.length() : lineEnd).strip();
                return raw.length - bodyStart >= Long.parseLong(value);
            }
            return false; // the body ends when the server closes
        }
    }

    static Reply parse(byte[] raw) {
        int offset = 0;
        while (true) {
            int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), offset);
            if (end < 0) {
                throw new IllegalStateException("no complete response: "
                        + new String(raw, StandardCharsets.ISO_8859_1));
            }
            String head = new String(raw, offset, end - offset, StandardCharsets.ISO_8859_1);
            String[] lines = head.split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                if (colon > 0) {
                    headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            k -> new ArrayList<>()).add(lines[i].substring(colon + 1).strip());
                }
            }
            int bodyStart = end + 4;
            if (status >= 100 && status < 200) {
                offset = bodyStart;
                continue;
            }
            byte[] body;
            List<String> te = headers.get("transfer-encoding");
            List<String> cl = headers.get("content-length");
            if (te != null && te.get(0).equalsIgnoreCase("chunked")) {
                body = dechunk(raw, bodyStart);
            } else if (cl != null) {
                int length = Math.min(Integer.parseInt(cl.get(0)), raw.length - bodyStart);
                body = java.util.Arrays.copyOfRange(raw, bodyStart, bodyStart + length);
            } else {
                body = java.util.Arrays.copyOfRange(raw, bodyStart, raw.length);
            }
            return new Reply(status, headers, body);
        }
    }

    private static byte[] dechunk(byte[] raw, int start) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = start;
        while (pos < raw.length) {
            int lineEnd = indexOf(raw, "\r\n".getBytes(StandardCharsets.US_ASCII), pos);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(raw, pos, lineEnd - pos, StandardCharsets.US_ASCII).split(";")[0].strip();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int from = lineEnd + 2;
            int n = Math.min(size, raw.length - from);
            out.write(raw, from, n);
            pos = from + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
