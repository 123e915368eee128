package io.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsgraph.model.Acquisition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings from the sixty-seventh written set (issue 10: a drugmaker's cuts, a streamer's cuts, a bulleted summary, a
 * delivery takeover), in sentences of our own: a descriptor whose modifiers include a noun in "-ery" ("British food delivery
 * company X", "online grocery chain X") is set aside whole, so the deal's verb reaches the name.
 */
class SixtySeventhSetWordingTest {

    @Test
    void aDescriptorWithAnEryNounBeforeTheName() {
        List<Acquisition> a = Extract.acquisitions("Parcelo has agreed to buy Dutch food delivery company Snelbox for $1.2 billion.");
        assertTrue(Extract.hasAcquisition(a, "Parcelo", "Snelbox"), a.toString());
        List<Acquisition> b = Extract.acquisitions("Harvest Mart agreed to acquire online grocery chain Basketly for $800 million.");
        assertTrue(Extract.hasAcquisition(b, "Harvest Mart", "Basketly"), b.toString());
    }
}
