package io.newsgraph.serve;

import io.newsgraph.store.GraphStore;
import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;

/**
 * Fuseki's Graph Store Protocol with writes ({@code /newsgraph/store}, with a password file), each write
 * run as one of the store's foreign writes ({@link GraphStore#foreignWrite}): a graph put or posted this
 * way may hold facts without their sort keys, which the store adds after it.
 */
final class KeyedGraphStoreWrites extends GSP_RW {
    private final GraphStore store;

    KeyedGraphStoreWrites(GraphStore store) {
        this.store = store;
    }

    @Override
    protected void doPut(HttpAction action) {
        store.foreignWrite(() -> super.doPut(action));
    }

    @Override
    protected void doPost(HttpAction action) {
        store.foreignWrite(() -> super.doPost(action));
    }

    @Override
    protected void doDelete(HttpAction action) {
        store.foreignWrite(() -> super.doDelete(action));
    }
}
