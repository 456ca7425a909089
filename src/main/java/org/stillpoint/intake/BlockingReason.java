package org.stillpoint.intake;

import java.util.Objects;

/**
 * One reason a client may not be treated now: no intake yet, a red flag of the latest screening that no clearance
 * in force covers, or an absolute contraindication for the whole session. {@code messageKey} says it in words.
 */
public record BlockingReason(Kind kind, RedFlag redFlag, ContraindicationFlag contraindication, String messageKey) {

    public enum Kind {
        NO_INTAKE, RED_FLAG, CONTRAINDICATION
    }

    public BlockingReason {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(messageKey, "messageKey");
    }

    public static BlockingReason noIntake() {
        return new BlockingReason(Kind.NO_INTAKE, null, null, "intake.blocked.no-intake");
    }

    public static BlockingReason of(RedFlag flag) {
        return new BlockingReason(Kind.RED_FLAG, flag, null, flag.reasonKey());
    }

    public static BlockingReason of(ContraindicationFlag flag) {
        return new BlockingReason(Kind.CONTRAINDICATION, null, flag, flag.reasonKey());
    }
}
