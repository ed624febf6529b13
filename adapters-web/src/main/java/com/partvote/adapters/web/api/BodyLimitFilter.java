package com.partvote.adapters.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a body over {@code maxBodyBytes}: 413 (PAYLOAD_TOO_LARGE),
 * whether the size is declared in {@code Content-Length} or only discovered while counting the
 * bytes of a chunked body. The answer goes through the error dispatch, so it carries the usual
 * envelope.
 *
 * <p>Tomcat bounds what it parses itself, posted forms ({@code server.tomcat.max-http-form-post-size})
 * and multipart uploads ({@code spring.servlet.multipart}), so a chunked body of those kinds is left
 * to it; but nothing in the container bounds a JSON or CSV body that Spring MVC reads from the
 * stream, and only the application knows which routes take a larger one (the voter roll). nginx
 * limits bodies too where it stands in front, but the limit must hold without it.
 */
public class BodyLimitFilter extends OncePerRequestFilter implements Ordered {

    private final long maxBodyBytes;
    private final List<String> largeBodyPaths;
    private final long largeBodyBytes;

    public BodyLimitFilter(long maxBodyBytes) {
        this(maxBodyBytes, List.of(), maxBodyBytes);
    }

    /**
     * With routes that take larger bodies (the voter roll's CSV, by the API and by the roll page):
     * paths starting with one of {@code largeBodyPaths}.
     */
    public BodyLimitFilter(long maxBodyBytes, List<String> largeBodyPaths, long largeBodyBytes) {
        for (long limit : new long[] {maxBodyBytes, largeBodyBytes}) {
            if (limit < 1 || limit > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("body limit out of range: " + limit);
            }
        }
        this.maxBodyBytes = maxBodyBytes;
        this.largeBodyPaths = List.copyOf(largeBodyPaths);
        this.largeBodyBytes = largeBodyBytes;
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        return largeBodyPaths.stream().anyMatch(path::startsWith) ? largeBodyBytes : maxBodyBytes;
    }

    @Override
    public int getOrder() {
        // after the character-encoding filter, before anything that reads parameters or the body
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        HttpServletRequest forward = request;
        if (request.getContentLengthLong() < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null
                && !parsedByTheContainer(request)) {
            // no declared length: count the bytes as they come, stop one past the limit
            byte[] body = readAtMost(request.getInputStream(), limit + 1);
            if (body.length > limit) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            forward = new BufferedBodyRequest(request, body);
        }
        chain.doFilter(forward, response);
    }

    /**
     * A posted form or multipart upload: Tomcat reads and bounds it when the parameters are parsed
     * ({@link QueryStringFilter} asks for them next), and counting it here first would leave Tomcat
     * an empty stream. Tomcat parses bodies of POSTs only; other methods' bodies are counted.
     */
    private static boolean parsedByTheContainer(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && contentType(request).filter(media ->
                MediaType.APPLICATION_FORM_URLENCODED.includes(media) || MediaType.MULTIPART_FORM_DATA.includes(media))
                .isPresent();
    }

    /** The request's Content-Type, if it has one that parses. */
    static Optional<MediaType> contentType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(MediaType.parseMediaType(type));
        } catch (InvalidMediaTypeException e) {
            return Optional.empty();
        }
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (out.size() < limit) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()));
            if (n < 0) {
                break;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The chunked body, already read and counted, served again to whoever reads it next. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already buffered");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws UnsupportedEncodingException {
            String encoding = getCharacterEncoding();
            Charset charset;
            try {
                charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new UnsupportedEncodingException(encoding);
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
