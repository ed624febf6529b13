package com.partvote.adapters.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Syntax before shape: a request body is read to its end as JSON, within Jackson's read limits
 * (nesting depth, number and string lengths), before it is bound to a request type. Binding
 * alone stops at the first token of the wrong shape, so 8,000 nested arrays answered
 * VALIDATION_FAILED; now whatever is not well-formed JSON within the limits is MALFORMED_JSON.
 * A body no longer than the nesting limit cannot nest beyond it (each level takes a byte), and
 * binding alone already enforces the other limits, so such a body (a vote is about 15 bytes) is
 * bound directly, without the second pass.
 */
@ControllerAdvice
public class WellFormedJsonAdvice extends RequestBodyAdviceAdapter {

    private final JsonMapper json;

    public WellFormedJsonAdvice(JsonMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return JacksonJsonHttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        if (body.length > json.tokenStreamFactory().streamReadConstraints().getMaxNestingDepth()) {
            readToTheEnd(body, input);
        }
        HttpHeaders headers = input.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private void readToTheEnd(byte[] body, HttpInputMessage input) {
        try (JsonParser parser = json.createParser(body)) {
            while (parser.nextToken() != null) {
                // every token, to the end: the parser enforces syntax and the read limits
            }
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException("request body is not well-formed JSON", e, input);
        }
    }
}
