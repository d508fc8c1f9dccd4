package io.alephmonitor.ui.welcome;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** kie.ai's answer to "is this key good?", as the welcome dialog shows it. */
public sealed interface KeyVerdict {

    /** The sentence shown under the key field. */
    String message(Locale locale);

    /** The key works; {@code credits} is the balance when known (null otherwise). */
    record Accepted(BigDecimal credits) implements KeyVerdict {
        public String message(Locale locale) {
            if (credits == null) {
                return "Key accepted.";
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return "Key accepted — " + format.format(credits) + " credits left.";
        }
    }

    /** kie.ai refused the key (401/403). */
    record Rejected() implements KeyVerdict {
        public String message(Locale locale) {
            return "kie.ai rejected this key. Copy it again from the API Key page on kie.ai and paste it here.";
        }
    }

    /** kie.ai could not be reached, so the key is neither good nor bad yet. */
    record NoNetwork() implements KeyVerdict {
        public String message(Locale locale) {
            return "kie.ai can't be reached — check the internet connection and try again,"
                    + " or save the key now and the app will use it once you are online.";
        }
    }

    /** Any other answer, already phrased for the user by the app (e.g. "kie.ai is under maintenance…"). */
    record Problem(String userMessage) implements KeyVerdict {
        public String message(Locale locale) {
            return userMessage;
        }
    }
}
