package com.partvote.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes each call of a use case one transaction, so that the application classes stay free of
 * annotations. A failure rolls the transaction back; an outcome that must be recorded (a
 * replayed refresh token revoking its session) is a return value, so it commits like any other.
 */
final class TransactionalUseCase {

    private TransactionalUseCase() {
    }

    /**
     * A proxy of {@code port} alone that runs each call in {@code transactions}, or directly for a
     * store without them (in memory): a bean must match only the port it stands for.
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
            return transactions.execute(status -> {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
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
        });
        return port.cast(proxy);
    }
}
