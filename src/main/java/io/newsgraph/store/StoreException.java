package io.newsgraph.store;

/** The store cannot be opened or written: locked by another process, unreadable, out of disk. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
