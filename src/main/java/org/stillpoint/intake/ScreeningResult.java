package org.stillpoint.intake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one red-flag screening: the overall tier (the highest among the flags, NONE without flags), the
 * flags in SNNOOP10 order, and the version of the policy and settings that produced it.
 */
public record ScreeningResult(ScreeningTier tier, List<RedFlag> flags, String policyVersion) {

    public ScreeningResult {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(policyVersion, "policyVersion");
        flags = List.copyOf(flags);
        if (tier != ScreeningTier.highest(flags)) {
            throw new IllegalArgumentException("tier must be the highest tier among the flags");
        }
    }

    /** The result for these flags: duplicates dropped, SNNOOP10 order, the highest tier overall. */
    public static ScreeningResult of(Collection<RedFlag> flags, String policyVersion) {
        EnumSet<RedFlag> distinct = flags.isEmpty() ? EnumSet.noneOf(RedFlag.class) : EnumSet.copyOf(flags);
        return new ScreeningResult(ScreeningTier.highest(distinct), new ArrayList<>(distinct), policyVersion);
    }

    public boolean blocksTreatment() {
        return tier.blocksTreatment();
    }

    public boolean raised(RedFlag flag) {
        return flags.contains(flag);
    }
}
