package com.partvote.application.port.in;

import com.partvote.application.auth.IssuedTokens;

/** A member logs in with email and password and gets an access and a refresh token. */
public interface LogInUseCase {

    IssuedTokens logIn(LogInCommand command);

    /** Raw strings on purpose: a malformed email is a wrong login, not a validation error. */
    record LogInCommand(String email, String password, String clientAddress) {
        public LogInCommand {
            email = email == null ? "" : email;
            password = password == null ? "" : password;
            clientAddress = clientAddress == null ? "unknown" : clientAddress;
        }

        @Override
        public String toString() {
            return "LogInCommand[email=" + email + ", password=****, clientAddress=" + clientAddress + "]";
        }
    }
}
