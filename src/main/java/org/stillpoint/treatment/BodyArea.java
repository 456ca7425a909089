package org.stillpoint.treatment;

import org.stillpoint.intake.ContraindicationScope;

/**
 * Where a block of work is done. The region groups the areas the way the contraindication rules name them
 * (clinical-reference §6.2 and §6.5: head, neck, anterior neck, shoulders, hands, feet).
 */
public enum BodyArea {
    SUBOCCIPITALS(Region.NECK),
    TEMPORALIS_LEFT(Region.HEAD),
    TEMPORALIS_RIGHT(Region.HEAD),
    TRAPEZIUS_LEFT(Region.SHOULDERS),
    TRAPEZIUS_RIGHT(Region.SHOULDERS),
    POSTERIOR_NECK(Region.NECK),
    ANTERIOR_NECK(Region.ANTERIOR_NECK),
    SHOULDERS(Region.SHOULDERS),
    SCALP(Region.HEAD),
    FACE(Region.HEAD),
    JAW_LEFT(Region.HEAD),
    JAW_RIGHT(Region.HEAD),
    HANDS(Region.HANDS),
    FEET(Region.FEET);

    /** The regions the rules speak of. */
    public enum Region { HEAD, NECK, ANTERIOR_NECK, SHOULDERS, HANDS, FEET }

    private final Region region;

    BodyArea(Region region) {
        this.region = region;
    }

    public Region region() {
        return region;
    }

    /** Head or neck (the anterior neck included): the areas §6.2 and §6.3 restrict. */
    public boolean isHeadOrNeck() {
        return region == Region.HEAD || region == Region.NECK || region == Region.ANTERIOR_NECK;
    }

    /**
     * Whether a contraindication rule of this scope reaches the area (clinical-reference §6.5): GENERAL every area,
     * NECK the back and the front of the neck, HEAD, ANTERIOR_NECK, HANDS and FEET their own region. ABDOMEN and
     * LOCAL (a site the client described in their own words) reach no planned area: they hold for the session.
     */
    public boolean within(ContraindicationScope scope) {
        return switch (scope) {
            case GENERAL -> true;
            case HEAD -> region == Region.HEAD;
            case NECK -> region == Region.NECK || region == Region.ANTERIOR_NECK;
            case ANTERIOR_NECK -> region == Region.ANTERIOR_NECK;
            case HANDS -> region == Region.HANDS;
            case FEET -> region == Region.FEET;
            case ABDOMEN, LOCAL -> false;
        };
    }
}
