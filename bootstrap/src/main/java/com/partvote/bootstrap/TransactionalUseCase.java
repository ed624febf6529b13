package com.partvote.bootstrap;

import com.partvote.application.auth.CommitsOnFailure;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each call of a use case one transaction, so that the application classes stay free of
 * annotations. A failure rolls the transaction back, except one marked {@link CommitsOnFailure}
 * (the use case wrote its outcome on purpose, e.g. revoking a replayed session), which commits
 * first and is then rethrown.
 */
final class TransactionalUseCase {

    private TransactionalUseCase() {
    }

    /**
     * Always returns a proxy that implements {@code port} alone, also without transactions (a
     * store that has none, such as the in-memory one): a service implements several use cases,
     * and each bean must match only the one it stands for.
     */
    static <T> T wrap(Class<T> port, T target, TransactionTemplate transactions) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            if (transactions == null) {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
            RuntimeException[] committedFailure = new RuntimeException[1];
            Object result = transactions.execute(status -> {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof CommitsOnFailure && cause instanceof RuntimeException keep) {
                        committedFailure[0] = keep;
                        return null;
                    }
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (committedFailure[0] != null) {
                throw committedFailure[0];
            }
            return result;
        });
        return port.cast(proxy);
    }
}
