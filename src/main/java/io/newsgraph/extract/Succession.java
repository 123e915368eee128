package io.newsgraph.extract;

import io.newsgraph.model.Entity;
import io.newsgraph.model.Evidence;

/**
 * One person taking over another's role, as a sentence says it ("X will replace Y as CEO",
 * "Y would be replaced by X", "X, successor to Y"). The role is the stated title and organization
 * where the sentence gives them, else whatever role the article gives the outgoing person.
 *
 * @param incoming the person taking the role
 * @param outgoing the person leaving it
 * @param title    the stated title, or null
 * @param org      the stated organization, or null
 * @param future   the change is still to come ("will replace"), so the incoming person's role is incoming
 * @param sentenceOrg the organization the sentence names before the change ("Corvel said X will replace
 *                 Y as CFO"), used when neither the sentence nor the article gives the role's organization
 * @param incomingTitle the incoming person's own title when the sentence gives one ("X will become chief
 *                 executive, succeeding interim CEO Y": ceo, not interim ceo), {@link #INTERIM} when the sentence
 *                 makes the role a stopgap for the incoming one ("replaced by X on an interim basis"), else null
 * @param date     when the change takes effect, where the sentence says ("effective May 1"), else null
 * @param leavingTitle the role the outgoing person's own clause says they leave ("succeeds Y, who will retire after
 *                 12 years as CEO"), used when the article gives the outgoing person no role to hand over; else null
 */
record Succession(Entity incoming, Entity outgoing, String title, Entity org, boolean future, Evidence evidence, int sentence,
                  Entity sentenceOrg, String incomingTitle, String date, String leavingTitle) {
    /** The incoming person holds the role's title on an interim basis. */
    static final String INTERIM = "=interim";

    /** The title the incoming person takes, given the role's. */
    String incomingTitleFor(String roleTitle) {
        if (incomingTitle == null) {
            return roleTitle;
        }
        if (incomingTitle.equals(INTERIM)) {
            return Rx.matches(roleTitle, "(?:interim|acting) .*") ? roleTitle : "interim " + roleTitle;
        }
        return incomingTitle;
    }
}
