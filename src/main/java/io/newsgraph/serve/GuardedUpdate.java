package io.newsgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL update operation, with one check first: no LOAD and no SERVICE that would make
 * the server fetch something on the caller's behalf, unless the operator allowed that source
 * ({@link ServiceGuard}). A refused update is a 400 naming the reason; nothing of it runs. An update
 * that runs is one of the store's foreign writes ({@link io.newsgraph.store.GraphStore#foreignWrite}).
 */
final class GuardedUpdate extends SPARQL_Update {
    private final ServiceGuard services;
    private final io.newsgraph.store.GraphStore store;

    GuardedUpdate(ServiceGuard services, io.newsgraph.store.GraphStore store) {
        this.services = services;
        this.store = store;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            ServletOps.errorBadRequest("cannot read the update: " + e.getMessage());
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        UpdateRequest request;
        try {
            request = UpdateFactory.create(text, "http://server/unset-base/");
        } catch (QueryParseException e) {
            super.execute(action, new ByteArrayInputStream(body)); // Fuseki reports the syntax error as usual
            return;
        }
        String why = services.refusal(request);
        if (why != null) {
            action.log.warn(String.format("[%d] refused: %s", action.id, why));
            ServletOps.errorBadRequest(why);
            return;
        }
        // an update may add facts without their sort keys: the store brings them up to date after it
        store.foreignWrite(() -> super.execute(action, new ByteArrayInputStream(body)));
    }
}
