package com.partvote.adapters.web.api;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors that Tomcat answers by itself, before any servlet runs (a request line with characters
 * that HTTP forbids, a header that cannot be parsed or is too large, an encoded slash, an unknown
 * transfer coding...), get the same JSON envelope as every other error instead of Tomcat's HTML
 * page. A malformed message is the client's fault, so the two statuses Tomcat uses for framing it
 * cannot handle (501 for an unknown transfer coding, 505 for a made-up HTTP version) become 400.
 */
public final class EnvelopeErrorReportValve extends ErrorReportValve {

    private final Supplier<ErrorEnvelopes> errors;

    private EnvelopeErrorReportValve(Supplier<ErrorEnvelopes> errors) {
        this.errors = errors;
    }

    /** Replaces the host's error report valve with this one. */
    public static void install(Context context, Supplier<ErrorEnvelopes> errors) {
        Container host = context.getParent();
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.getPipeline().addValve(new EnvelopeErrorReportValve(errors));
        if (host instanceof StandardHost standard) {
            // or the host adds its default HTML valve again when it starts
            standard.setErrorReportValveClass(EnvelopeErrorReportValve.class.getName());
        }
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        if (status == 501 || status == 505) {
            status = 400;
            response.setStatus(status);
        }
        try {
            // Korean unless the client asked for English, as everywhere else (not the server's locale)
            Locale locale = request.getHeader("Accept-Language") != null
                    && Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage())
                    ? Locale.ENGLISH : Locale.KOREAN;
            String body = errors.get().text(status, ErrorCatalog.forStatus(status), locale);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            // the client is gone or the response is unusable: nothing more to tell it
        }
    }
}
