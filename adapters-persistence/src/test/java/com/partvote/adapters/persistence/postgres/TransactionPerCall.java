package com.partvote.adapters.persistence.postgres;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every call of a port in a transaction of its own, committed when the call returns and
 * rolled back when it throws: the way the application's use cases call the adapter, one call
 * standing for a whole use case.
 */
final class TransactionPerCall {

    private TransactionPerCall() {
    }

    static <T> T wrap(Class<T> port, T target, TransactionTemplate transactions) {
        Object proxy = Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (p, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.invoke(target, args);
            }
            return transactions.execute(status -> {
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
        });
        return port.cast(proxy);
    }
}
