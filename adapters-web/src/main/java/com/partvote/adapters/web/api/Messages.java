package com.partvote.adapters.web.api;

import com.partvote.domain.election.rule.BallotRule;
import com.partvote.domain.election.rule.MaxChoices;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** Human text from the message bundle, in the request's language (Korean unless it asks for English). */
public class Messages {

    private final MessageSource source;

    public Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return source.getMessage(key, args, key, locale);
    }

    /** A ballot rule in a sentence ({@code rule.<CODE>}, with the limit where it has one). */
    public String rule(BallotRule rule) {
        Object parameter = rule instanceof MaxChoices max ? max.limit() : null;
        return get("rule." + rule.code(), parameter);
    }

    public String error(ErrorCatalog error) {
        return get(error.messageKey());
    }

    /** For answers written outside a request's locale context (by the servlet container). */
    public String error(ErrorCatalog error, Locale locale) {
        return source.getMessage(error.messageKey(), null, error.messageKey(), locale);
    }
}
