package com.partvote.adapters.web.page;

/** A page for members only, asked for by a visitor: they are sent to the login page, and back. */
final class LoginRequiredException extends RuntimeException {
    LoginRequiredException() {
        super("login required", null, false, false);
    }
}
