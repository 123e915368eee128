package io.newsgraph.source;

import java.net.URI;

/** The check every server-side fetch passes: http(s) only, and never to a loopback, private or local address. */
public final class AddressGuard {
    private AddressGuard() {
    }

    /** Refuses URLs whose host resolves to a loopback, private, link-local or otherwise non-public address. */
    public static void refuseNonPublic(URI u) throws UnreadableArticleException {
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
            throw new UnreadableArticleException(u.toString(), "only http(s) URLs with a host can be fetched");
        }
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(u.getHost())) {
                boolean uniqueLocal = a instanceof java.net.Inet6Address && (a.getAddress()[0] & 0xFE) == 0xFC;
                if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                        || a.isMulticastAddress() || uniqueLocal || (a.getAddress()[0] & 0xFF) == 100 && (a.getAddress()[1] & 0xC0) == 64) {
                    throw new UnreadableArticleException(u.toString(), "refused: " + u.getHost() + " is a private or local address ("
                            + a.getHostAddress() + ")");
                }
            }
        } catch (java.net.UnknownHostException e) {
            throw new UnreadableArticleException(u.toString(), "unknown host " + u.getHost(), e);
        }
    }

}
