package io.newsgraph.extract;

import java.util.List;

/**
 * A sentence as the relation rules see it: lower-cased tokens separated by single spaces, with each
 * mention replaced by a placeholder such as {@code <org:3>} or {@code <money:1>} whose number indexes
 * {@link #slots()}. Starts and ends with a space so every token is delimited the same way.
 */
record SentenceView(Sentence sentence, String text, List<Slot> slots) {

    Slot slot(int i) {
        return slots.get(i);
    }
}
